package main

// Embedding non-interfaces and conflicting method signatures in an
// interface; using constraint interfaces as ordinary types.

type A interface{ m() int }
type B interface{ m() string }

type C interface {
	A
	B // ERROR "duplicate method m"
}

type number interface{ ~int | ~float64 }

var n number // ERROR "cannot use type number outside a type constraint: interface contains type constraints"

func main() {}
