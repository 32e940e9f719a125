// Regression (a difftest finding, fixed): golift once checks the bounds / nil-ness of left-hand index operands of a tuple assignment before evaluating the right-hand side (Go: pr(1), pr(2) run first, the panic happens at its own assignment).
package main

func pr(n int) int {
	println("eval", n)
	return n
}

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			println("recovered:", r.(error).Error())
		}
	}()
	f()
}

func main() {
	try(func() {
		xs := make([]int, 2)
		i := 3
		var x int
		xs[i], x = pr(1), pr(2)
		println(x)
	})
	try(func() {
		var p *[2]int
		x := 0
		x, p[1] = pr(1), pr(2)
		println(x)
	})
}
