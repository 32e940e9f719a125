package main

// Method values taken from interface values bind the dynamic value at
// evaluation time; method expressions on interface types (I.M) take the
// interface as first argument.

type shape interface{ area() int }

type sq struct{ s int }

func (q sq) area() int { return q.s * q.s }

type rect struct{ w, h int }

func (r *rect) area() int { return r.w * r.h }

func main() {
	var s shape = sq{3}
	f := s.area
	s = sq{10}
	println(f(), s.area())
	r := &rect{2, 3}
	s = r
	g := s.area
	r.w = 5
	println(g())
	areaOf := shape.area
	println(areaOf(sq{4}), areaOf(r))
	fs := []func() int{}
	for _, x := range []shape{sq{1}, sq{2}, &rect{3, 3}} {
		fs = append(fs, x.area)
	}
	t := 0
	for _, h := range fs {
		t += h()
	}
	println(t)
	var e interface{ area() int } = sq{6}
	m := interface{ area() int }.area
	println(m(e))
}
