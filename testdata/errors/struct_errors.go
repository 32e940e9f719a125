package main

type P struct {
	X, Y int
}

func main() {
	p := P{1, 2, 3}    // ERROR "too many values in struct literal of type P"
	q := P{Z: 1}       // ERROR "unknown field Z in struct literal of type P"
	r := P{X: 1, 2}    // ERROR "mixture of field:value and value elements in struct literal"
	s := P{X: 1, X: 2} // ERROR "duplicate field name X in struct literal"
	p.Z = 5            // ERROR "p.Z undefined \(type P has no field or method Z\)"
	t := P{1}          // ERROR "too few values in struct literal of type P"
	println(p.X, q.X, r.X, s.X, t.X)
}
