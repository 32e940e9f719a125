package main

// Calling methods that do not exist, and methods on the wrong type.

type T struct{ v int }

func (t T) get() int { return t.v }

type alias T

func main() {
	var t T
	t.set(1) // ERROR "t\.set undefined \(type T has no field or method set\)"
	var a alias
	_ = a.get() // ERROR "a\.get undefined \(type alias has no field or method get\)"
	var e any = t
	_ = e.get() // ERROR "e\.get undefined \(type any has no field or method get\)"
}
