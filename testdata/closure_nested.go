package main

// Closures inside closures capturing variables of several enclosing
// functions; adders built from adders.

func adder(a int) func(int) func(int) int {
	return func(b int) func(int) int {
		return func(c int) int { return a*100 + b*10 + c }
	}
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func main() {
	println(adder(1)(2)(3), adder(9)(0)(9))
	level := 0
	outer := func() func() func() int {
		level++
		return func() func() int {
			level += 10
			return func() int {
				level += 100
				return level
			}
		}
	}
	println(outer()()(), level)
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	println(compose(inc, dbl, inc)(5), compose()(7), compose(dbl, dbl, dbl)(1))
	k := 3
	mul := func(x int) int { return x * k }
	h := compose(mul, mul)
	k = 4
	println(h(1))
}
