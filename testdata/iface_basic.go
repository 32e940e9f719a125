package main

// Non-empty interfaces: dynamic dispatch over several concrete types,
// interface slices, nil interface values and interfaces holding nil pointers.

type shape interface {
	area() int
	name() string
}

type rect struct{ w, h int }
type square struct{ s int }
type tri struct{ b, h int }

func (r rect) area() int    { return r.w * r.h }
func (r rect) name() string { return "rect" }
func (s *square) area() int { return s.s * s.s }
func (s *square) name() string {
	if s == nil {
		return "nil square"
	}
	return "square"
}
func (t tri) area() int    { return t.b * t.h / 2 }
func (t tri) name() string { return "tri" }

func total(ss []shape) int {
	t := 0
	for _, s := range ss {
		t += s.area()
	}
	return t
}

func main() {
	shapes := []shape{rect{2, 3}, &square{4}, tri{6, 5}}
	for _, s := range shapes {
		println(s.name(), s.area())
	}
	println(total(shapes))
	var s shape
	println(s == nil)
	var sq *square
	s = sq
	println(s == nil, s.name())
	s = rect{1, 1}
	println(s != nil, s.area())
	s = nil
	println(s == nil)
}
