// Go 1.26's new(expr) in a module whose go line is 1.25.
package main

type point struct{ x, y int }

func main() {
	x := 1
	p := new(x + 1)
	q := new(point{1, 2})
	r := new(int) // a type operand is fine at any version
	println(*p, q.x, *r)
}
