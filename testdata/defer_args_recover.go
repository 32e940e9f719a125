package main

// Deferred call arguments are evaluated at the defer statement; results
// are assigned before deferred closures run; recover stops a panic only in
// a function called directly by the deferred call; runtime errors unwind
// through frames without defers.

func c1() (i int) {
	defer func() { i++ }()
	return 0
}

func c2() (i int) {
	defer func() { i += 2 }()
	return i
}

func args() {
	x := 1
	defer println("deferred x =", x)
	defer func(v int) { println("closure arg", v, "now", x) }(x * 10)
	x = 2
	println("body x =", x)
}

func divide(a, b int) int { return a / b }

func middle(a, b int) int {
	r := divide(a, b)
	println("middle got", r)
	return r
}

func safe(a, b int) (q int, ok bool) {
	q, ok = -1, false
	defer func() { recover() }()
	return middle(a, b), true
}

func helper() { recover() }

func indirect() {
	defer func() { helper() }()
	panic("x")
}

func index(s []int, i int) (v int) {
	v = -1
	defer func() { recover() }()
	return s[i]
}

func many(n int) (total int) {
	for i := 0; i < n; i++ {
		defer func(k int) { total += k }(i)
	}
	return 0
}

func repanic() {
	defer func() {
		recover()
		println("recovered twice")
	}()
	defer func() {
		recover()
		panic("second")
	}()
	panic("first")
}

func main() {
	println(c1(), c2())
	args()
	println(safe(7, 2))
	println(safe(7, 0))
	func() {
		defer func() {
			recover()
			println("caught in the caller")
		}()
		indirect()
		println("indirect returned normally")
	}()
	s := []int{5, 6}
	println(index(s, 1), index(s, 5))
	println(many(5))
	repanic()
	var nilf func()
	defer func() {
		recover()
		println("recovered the nil func call")
	}()
	nilf()
	println("not reached")
}
