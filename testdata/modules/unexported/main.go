// Unexported method names belong to their package: a type of package p
// satisfies p.I (p.m), a type of main with m() does not, and p.T does not
// satisfy main.J; assertions check it at run time through the descriptors.
package main

import "unexported/p"

type U int

func (U) m() int { return 1 }

type J interface{ m() int }

func main() {
	println(p.Call(p.T(1)), p.Call(U(1)), p.Call(p.Local{}))
	var x any = p.T(2)
	_, ok := x.(J)
	var y any = U(3)
	_, ok2 := y.(J)
	println(ok, ok2, x.(interface{ M() int }).M())
}
