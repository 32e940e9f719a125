package main

// Deeply nested values compared and hashed by the runtime: the runtime's
// recursion grows the goroutine stack like any Go code does.

type N struct{ next any }

type P struct {
	a    [2]float64
	s    string
	next any
}

func chain(n int, leaf any) any {
	x := leaf
	for i := 0; i < n; i++ {
		x = N{x}
	}
	return x
}

func pchain(n int) any {
	var x any = "end"
	for i := 0; i < n; i++ {
		x = P{[2]float64{float64(i), -0.0}, "p", x}
	}
	return x
}

func main() {
	const depth = 200000
	a, b := chain(depth, 1), chain(depth, 1)
	c := chain(depth, 2)
	println(a == b, a == c, a != c)

	m := map[any]int{}
	m[a] = 10
	m[c] = 20
	m[b] += 5
	println(len(m), m[a], m[c], m[chain(depth, 3)])

	p, q := pchain(depth), pchain(depth)
	println(p == q)
	m[p] = 7
	println(len(m), m[q])

	defer func() {
		println("recovered:", recover().(error).Error())
	}()
	u, v := chain(depth, []int{1}), chain(depth, []int{1})
	println(u == v)
}
