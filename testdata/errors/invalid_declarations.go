package main

// Declarations gc rejects: embedding a pointer to an interface, an
// interface that embeds itself (directly or through another), and a method
// expression on a value type for a pointer-receiver method.

type I interface{ M() }

type S struct {
	*I // ERROR "embedded field type cannot be a pointer to an interface"
}

type Self interface{ Self } // ERROR "invalid recursive type: Self refers to itself"

type A interface{ B } // ERROR "invalid recursive type A"
type B interface {
	A
	N()
}

type T struct{}

func (t *T) M() {}

func main() {
	f := T.M // ERROR "invalid method expression T.M \(needs pointer receiver \(\*T\).M\)"
	g := (*T).M
	var s S
	println(f, g, s.I)
}
