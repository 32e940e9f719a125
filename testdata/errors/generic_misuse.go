package main

// Constraint interfaces used as ordinary types, generic functions used
// without instantiation, too many type arguments.

type num interface{ ~int | ~float64 }

type signed interface {
	num
	~int
}

func f[T num](x T) T { return x }

var g = f[int]

func main() {
	var x num // ERROR "cannot use type num outside a type constraint: interface contains type constraints"
	var s signed // ERROR "cannot use type signed outside a type constraint: interface contains type constraints"
	_, _ = x, s
	println(g(2))
	h := f // ERROR "cannot use generic function f without instantiation"
	_ = h
	_ = f[int, int] // ERROR "got 2 type arguments but want 1"
}
