package main

// A generic type whose instances each need a bigger instance.

type chain[P any] struct { // ERROR "instantiation cycle"
	next *chain[[]P]
}

func main() {
	var c chain[int]
	_ = c
}
