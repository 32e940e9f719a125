// Regression (a difftest finding, fixed): golift once reads the operands of min/max after a later call in the same expression; gc evaluates min/max in call order, before f() runs, while plain reads of g happen after it (Go prints -2001 and 1, golift 0 and 0).
package main

var g float32 = 1
var u uint16 = 5

func f() int {
	g = 2002
	u++
	return 0
}

func main() {
	println(min(g, max(g, g))-g, f())
	println(u-max(u, u), f())
}
