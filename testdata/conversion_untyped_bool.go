package main

// A non-constant untyped bool (a comparison) converts to any boolean type.

type B bool

var x = 3

func main() {
	var a bool = x < 5
	b := bool(x < 5)
	c := B(x > 1)
	println(a, b, c)
}
