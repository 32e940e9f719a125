package main

// A non-empty interface asserted to the wrong concrete type names the
// interface type in the message.

type stringer interface{ str() string }

type a int
type b int

func (a) str() string { return "a" }
func (b) str() string { return "b" }

func main() {
	var s stringer = a(1)
	println(s.str())
	_ = s.(b)
}
