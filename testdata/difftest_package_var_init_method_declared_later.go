// Regression (a difftest finding, fixed): golift once rejects a package-level initialiser calling a method declared later in the file ("S{}.M undefined (type S has no field or method M)"); Go accepts it.
package main

var v = S{x: 4}.M(3)

type S struct{ x int }

func (s S) M(p int) int { return s.x * p }

func main() {
	println(v)
}
