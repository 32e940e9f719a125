package main

// Tuple and single assignments that panic part-way: the spec evaluates
// the left side's index and pointer operands and the right side first,
// then assigns left to right, each target checked at its own assignment,
// so a recover sees the earlier assignments done (gc's order).

type P struct {
	f int
	q *P
}

type E struct{ v int }
type W struct {
	*E
	n int
}

var log []string

func f() int { log = append(log, "f"); return 1 }

func try(name string, fn func()) {
	defer func() {
		r := recover()
		if r != nil {
			println(name, "panic:", r.(error).Error())
		} else {
			println(name, "ok")
		}
	}()
	fn()
}

func part1() {
	// s[i], x = f(), 2
	s := []int{}
	i, x := 5, 0
	try("1", func() { s[i], x = f(), 2 })
	println("x =", x, "log =", len(log))
	// i, p.f = 100, 1
	var p *P
	j := 0
	try("2", func() { j, p.f = 100, 1 })
	println("j =", j)
	// a[0], j, a[j] = 1, 2, 3
	a := []int{0, 0}
	k := 0
	try("3", func() { a[0], k, a[k+5] = 1, 2, 3 })
	println("a[0] =", a[0], "k =", k)
	// x, s[i] = 7, f()
	x = 0
	try("4", func() { x, s[i] = 7, f() })
	println("x =", x, "log =", len(log))
	// nil map write in middle
	var m map[int]int
	x = 0
	try("5", func() { x, m[1], k = 9, 2, 3 })
	println("x =", x, "k =", k)
	// pointer indirection on left
	var q *int
	x = 0
	try("6", func() { x, *q = 5, f() })
	println("x =", x, "log =", len(log))
	// array pointer index
	var ap *[3]int
	x = 0
	try("7", func() { x, ap[1] = 4, 5 })
	println("x =", x)
}

func part2() {
	s := []int{}
	a := []int{1}
	i, j := 5, 7
	var q *int
	// single assignment: lhs bounds vs rhs bounds
	try("1", func() { s[i] = a[j] })
	try("2", func() { s[i] = *q })
	try("3", func() { *q = a[j] })
	// multi: rhs panic vs lhs check
	x := 0
	try("4", func() { s[i], x = a[j], 1 })
	println("x", x)
	// nested pointer
	var p *P
	try("5", func() { x, p.q.f = 2, 3 })
	println("x", x)
	p = &P{}
	try("6", func() { x, p.q.f = 4, 5 })
	println("x", x)
	// embedded pointer
	var w W
	try("7", func() { x, w.v = 6, 7 })
	println("x", x)
	// slice of slices
	ss := [][]int{{1}}
	try("8", func() { x, ss[i][0] = 8, 9 })
	println("x", x)
	try("9", func() { x, ss[0][i] = 10, 11 })
	println("x", x)
	// array of arrays
	var aa [2][2]int
	try("10", func() { x, aa[i%3][i] = 12, 13 })
	println("x", x)
	// array inside slice
	sa := [][2]int{{1, 2}}
	try("11", func() { x, sa[0][i] = 14, 15 })
	println("x", x)
	try("12", func() { x, sa[i][0] = 16, 17 })
	println("x", x)
	// pointer to array
	var pa *[2]int
	try("13", func() { x, pa[i] = 18, 19 })
	println("x", x)
	// op assignment order
	try("14", func() { s[i] += a[j] })
	// two panicking lhs
	try("15", func() { s[i], a[j] = 1, 2 })
	// swap
	b := []int{1, 2, 3}
	k := 0
	k, b[k] = 1, 9
	println(k, b[0], b[1])
	b[k], k = 7, 2
	println(k, b[0], b[1])
}

func main() {
	part1()
	part2()
}
