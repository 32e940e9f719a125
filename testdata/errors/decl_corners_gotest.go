package main

import "bufio"

type T struct {
	_ string
	f map[string]string
}

type M struct{}

func (M) M() {}

type Foo struct{ M }

type I interface{ M() }

var A interface {
	F1(i int) (i int) // ERROR "i redeclared in this block"
}
var B func(j, j int) // ERROR "j redeclared in this block"

var _ = T{_: "x"} // ERROR "unknown field _ in struct literal of type T"

var _ = T{f: {"a": "b"}} // ERROR "missing type in composite literal"

var _ I = Foo{} // ERROR "Foo does not implement I \(Foo.M is a field, not a method\)"

func (b *bufio.Reader) Extra() int { // ERROR "cannot define new methods on non-local type bufio.Reader"
	return 0
}

const Huge = 0x1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000 // ERROR "constant overflow"

func main() {
	_, _ = A, B
}
