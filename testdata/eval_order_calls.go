package main

// Calls in the function or receiver position are evaluated before the
// calls among the arguments (also in defer statements); plain receivers,
// func values and variables passed as arguments are read after all calls.

type T struct{ n int }

func (t T) Show(k int) int   { return t.n*100 + k }
func (t *T) PShow(k int) int { return t.n*100 + k }

var log []string

func note(s string) { log = append(log, s) }

func g() T   { note("g"); return T{1} }
func f() int { note("f"); return 2 }
func h() *T  { note("h"); return &T{3} }
func fv() func(int) int {
	note("fv")
	return func(k int) int { return k }
}

type I interface{ Show(int) int }

func gi() I { note("gi"); return T{4} }

func main() {
	deferred()
	println(g().Show(f()))
	println(h().PShow(f()))
	println(fv()(f()))
	println(gi().Show(f()))
	for _, s := range log {
		print(s, " ")
	}
	println()
	x := T{5}
	println(x.Show(func() int { x.n = 6; return 0 }()))
	px := &T{7}
	println(px.PShow(func() int { px = &T{8}; return 0 }()))
	ff := func(k int) int { return k + 1 }
	println(ff(func() int { ff = func(k int) int { return k + 2 }; return 0 }()))
	arr := []int{1, 2, 3}
	println(arr[0], func() int { arr[0] = 50; return 0 }())
	s := "abc"
	println(s, func() int { s = "zzz"; return 0 }())
	mv := x.Show
	println(mv(func() int { x.n = 77; return 1 }()))
}

func deferred() {
	defer g().Show(f())
	defer fv()(f())
	println("body")
}
