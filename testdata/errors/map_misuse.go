package main

// Misusing map values: taking the address of a map element, assigning to
// a field of a struct map element, calling pointer methods on it.

type pt struct{ x int }

func (p *pt) move() { p.x++ }

func main() {
	m := map[string]pt{}
	_ = &m["a"]   // ERROR "invalid operation: cannot take address of m\[.a.\] \(map index expression of struct type pt\)"
	m["a"].x = 5  // ERROR "cannot assign to struct field m\[.a.\]\.x in map"
	m["a"].move() // ERROR "cannot call pointer method move on pt"
	_ = cap(m)    // ERROR "invalid argument: m \(variable of type map\[string\]pt\) for built-in cap"
}
