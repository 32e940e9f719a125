package main

// Func values: nil comparison, calls through struct fields, slices and maps
// of funcs, funcs as parameters and results, recursion through a variable.

type handler struct {
	name string
	fn   func(int) int
}

type pipeline struct {
	stages []func(int) int
	onDone func(int)
}

func (p *pipeline) run(x int) int {
	for _, s := range p.stages {
		x = s(x)
	}
	if p.onDone != nil {
		p.onDone(x)
	}
	return x
}

func main() {
	var f func()
	println(f == nil)
	f = func() {}
	println(f != nil)
	hs := []handler{
		{"double", func(x int) int { return 2 * x }},
		{"square", func(x int) int { return x * x }},
		{"none", nil},
	}
	for _, h := range hs {
		if h.fn == nil {
			println(h.name, "nil")
			continue
		}
		println(h.name, h.fn(7))
	}
	last := 0
	p := &pipeline{onDone: func(v int) { last = v }}
	p.stages = append(p.stages, hs[0].fn, hs[1].fn, func(x int) int { return x - 1 })
	println(p.run(3), last)

	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	println(fact(10))

	var isEven, isOdd func(int) bool
	isEven = func(n int) bool { return n == 0 || isOdd(n-1) }
	isOdd = func(n int) bool { return n != 0 && isEven(n-1) }
	println(isEven(10), isOdd(7), isEven(7))

	table := map[string]func(...int) int{
		"sum": func(xs ...int) int {
			t := 0
			for _, x := range xs {
				t += x
			}
			return t
		},
		"count": func(xs ...int) int { return len(xs) },
	}
	println(table["sum"](1, 2, 3), table["count"](), table["sum"]([]int{4, 5}...))
	apply := func(g func(int) int, n int) int { return g(n) }
	println(apply(func(x int) int { return -x }, 5))
	func() { println("immediately invoked") }()
	println(func(a, b int) int { return a - b }(10, 3))
}
