// golift reads the operands of a float min/max after a later call in the same expression; gc evaluates float min/max (a runtime call there) in call order, reading g before f() runs (prints -2001, golift 0).
package main

var g float32 = 1

func f() int {
	g = 2002
	return 0
}

func main() {
	println(min(g, max(g, g))-g, f())
}
