package main

// Independent counters from one factory; a pair of closures sharing state.

func counter(start int) func() int {
	n := start
	return func() int {
		n++
		return n
	}
}

func account(initial int) (deposit func(int), balance func() int) {
	total := initial
	deposit = func(v int) { total += v }
	balance = func() int { return total }
	return
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	c1 := counter(0)
	c2 := counter(100)
	println(c1(), c1(), c2(), c1(), c2())
	dep, bal := account(10)
	dep(5)
	dep(20)
	println(bal())
	f := fibGen()
	for i := 0; i < 10; i++ {
		print(f(), " ")
	}
	println()
	gens := []func() int{counter(1), counter(2)}
	gens[0]()
	println(gens[0](), gens[1]())
}
