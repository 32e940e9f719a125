// Two packages declaring the same names (types T and hidden, function F
// with a closure, methods M): every symbol and type descriptor is distinct.
package main

import "example.com/samenames/a"

type T struct{ n int }

func (t T) M() int { return t.n * 10 }

type hidden struct{ v int }

func F() func() int {
	x := 100
	return func() int { x--; return x }
}

func main() {
	f, g := F(), a.F()
	println(f(), g(), f(), g(), a.V())
	var i a.I = a.New(2)
	var j a.I = T{2}
	println(i.M(), j.M())
	println(a.Check(a.Hidden()), a.Check(hidden{3}))
	var x any = a.New(1)
	_, ok := x.(T)
	println(ok)
	var e any = a.T{}
	var e2 any = T{}
	println(e == e2)
	println(a.New(5).M())
}
