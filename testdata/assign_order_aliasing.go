package main

// Tuple assignments whose targets alias each other: an operand on the
// left or an expression on the right that an earlier assignment of the
// same statement could change is evaluated before any assignment
// (embedded pointers, globals, swaps of structs and pointers, maps,
// comma-ok forms, named results seen by a deferred call), and when two
// targets would both panic, the first panic is gc's.

type E struct{ v int }
type W struct {
	*E
	n int
}

type Pair struct{ a, b string }

func try(name string, fn func()) {
	defer func() {
		r := recover()
		if r != nil {
			if e, ok := r.(error); ok {
				println(name, "panic:", e.Error())
			} else {
				println(name, "panic:", r.(string))
			}
		} else {
			println(name, "ok")
		}
	}()
	fn()
}

var gs = []int{1, 2, 3}
var gi = 0

func named() (r int, s []int) {
	defer func() {
		recover()
		println("named defer", r, len(s))
	}()
	s = []int{1}
	i := 3
	r, s[i] = 5, 6
	return
}

func named2() (r int) {
	defer func() { recover(); println("named2", r) }()
	a := []int{}
	k := 2
	a[k], r = 1, 2
	return
}

func main() {
	// embedded pointer base saved early
	e1, e2 := &E{1}, &E{2}
	w := W{E: e1}
	w.E, w.v = e2, 50
	println(e1.v, e2.v)
	pw := &w
	pw.E, pw.v = e1, 60
	println(e1.v, e2.v)
	// global slice replaced before index assignment
	gs, gs[0] = []int{9, 9}, 7
	println(gs[0], gs[1])
	gi, gs[gi] = 1, 8
	println(gi, gs[0], gs[1])
	// struct swap
	p, q := Pair{"a", "b"}, Pair{"c", "d"}
	p, q = q, p
	println(p.a, q.a)
	p.a, p.b = p.b, p.a
	println(p.a, p.b)
	arr := [2]Pair{{"x", "y"}, {"z", "w"}}
	arr[0], arr[1] = arr[1], arr[0]
	println(arr[0].a, arr[1].a)
	// pointer swap
	x, y := 1, 2
	px, py := &x, &y
	*px, *py = *py, *px
	println(x, y)
	px, *px = py, 100
	println(x, y)
	// map aliasing
	m := map[string]int{"a": 1}
	m2 := m
	m, m["b"] = map[string]int{}, 2
	println(len(m), len(m2), m2["b"])
	k := "c"
	k, m[k] = "d", 3
	println(m["c"], m["d"])
	// comma-ok forms
	var ok bool
	s := []int{0}
	j := 5
	try("ok1", func() { s[j], ok = m["c"] })
	println(ok)
	var i any = 3
	try("ok2", func() { s[j], ok = i.(int) })
	println(ok)
	// named results with defers
	r, rs := named()
	println(r, len(rs))
	println(named2())
	// panic order between two lhs
	ss := [][]int{{1}}
	tt := [][]int{{1}}
	i1, i2 := 4, 5
	try("o1", func() { ss[i1][0], tt[i2][0] = 1, 2 })
	a := []int{1}
	try("o2", func() { a[i1], x = 1, a[i2] })
	loc := 0
	try("o3", func() { a[i1], loc = 1, a[i2] })
	println(loc)
}
