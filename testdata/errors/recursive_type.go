package main

type T struct { // ERROR "invalid recursive type: T refers to itself"
	next T
}

type A [2]B // ERROR "invalid recursive type A"
type B struct{ a A }

func main() {
	var t T
	var a A
	println(t.next.next == t.next, len(a))
}
