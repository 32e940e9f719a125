package main

// Package-level variables are initialised in dependency order, not source
// order; independent ones in source order.

var trace string

var (
	a = c + b
	b = f("b", 1)
	c = f("c", 2)
	d = 3
)

var total = sum(x, y)

var x, y = f("x", 10), f("y", 20)

var first = f("first", 0)

var arr = [3]int{a, b, c}

var fromFunc = dependsOnGlobal()

var g1 = 5

func dependsOnGlobal() int { return g1 * 2 }

func f(name string, v int) int {
	trace += name + " "
	return v
}

func sum(p, q int) int {
	trace += "sum "
	return p + q
}

func main() {
	println(trace)
	println(a, b, c, d, total, x, y, first)
	println(arr[0], arr[1], arr[2], fromFunc)
}
