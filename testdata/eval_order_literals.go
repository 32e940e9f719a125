package main

// gc's order inside composite literals and type assertions: a map literal
// is built entry by entry, each entry ordered on its own (so a variable in
// an earlier entry is read before a later entry's call), while slice,
// array and struct literals order all their calls first; a type assertion
// to a type that is not pointer-shaped copies the value out before later
// calls.

type T struct{ a, b int }

func literals() {
	x := 1
	f := func() int { x = 100; return 2 }
	m := map[int]int{1: x, 2: f()}
	println(m[1], m[2])
	x = 1
	m2 := map[int]int{x: 1, f(): 2}
	println(len(m2), m2[1], m2[100])
	x = 1
	s := []int{x, f()}
	println(s[0], s[1])
	x = 1
	t := T{a: x, b: f()}
	println(t.a, t.b)
	x = 1
	arr := [2]int{x, f()}
	println(arr[0])
	x = 1
	mm := map[string][]int{"a": {x, f()}, "b": {x}}
	println(mm["a"][0], mm["b"][0])
	x = 1
	r1, r2 := ret(&x)
	println(r1, r2)
}

func ret(p *int) (int, int) {
	return *p, func() int { *p = 7; return 0 }()
}

type B struct{ a, b, c int }

func assertions() {
	var x any = 1
	f := func() int { x = 50; return 0 }
	println(x.(int) + f())
	var p any = &B{a: 1}
	g := func() int { p = &B{a: 60}; return 0 }
	println(p.(*B).a + g())
	var y any = B{a: 2}
	h := func() int { y = B{a: 70}; return 0 }
	println(y.(B).a + h())
	v, ok := y.(int)
	println(v, ok)
	w, ok := y.(B)
	println(w.a, ok)
	var e error
	func() {
		defer func() { println(recover() != nil) }()
		println(e.(interface{ Error() string }) == nil, f())
	}()
	m := map[string]map[int]int{"a": {1: x.(int)}}
	println(m["a"][1])
}

func main() {
	literals()
	assertions()
}
