package main

// Func values: top-level functions as values, funcs in struct fields and
// slices, comparison with nil, closures returned from closures.

type op struct {
	name string
	f    func(int, int) int
}

func add(a, b int) int { return a + b }
func mul(a, b int) int { return a * b }

func apply(f func(int, int) int, a, b int) int { return f(a, b) }

func adder(n int) func(int) int {
	return func(x int) int { return x + n }
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func main() {
	ops := []op{{"add", add}, {"mul", mul}, {"sub", func(a, b int) int { return a - b }}}
	for _, o := range ops {
		println(o.name, o.f(7, 3), apply(o.f, 2, 5))
	}
	var f func(int) int
	println(f == nil)
	f = adder(10)
	println(f != nil, f(5))
	h := compose(adder(1), compose(adder(2), func(x int) int { return x * 3 }))
	println(h(4))
	fs := make([]func() string, 0)
	for _, s := range []string{"a", "b", "c"} {
		fs = append(fs, func() string { return s + s })
	}
	for i := len(fs) - 1; i >= 0; i-- {
		print(fs[i](), " ")
	}
	println()
	g := add
	println(g(20, 22), apply(mul, 6, 7))
	big := [4]int{1, 2, 3, 4}
	sum := func() int { return big[0] + big[1] + big[2] + big[3] }
	big[0] = 100
	println(sum())
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	println(fib(20))
}
