package main

type counter struct {
	n int
}

func (c *counter) inc() int { c.n++; return c.n }

func main() {
	var fs []func() int
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()

	var gs []func() int
	for i := 0; i < 4; i++ {
		gs = append(gs, func() int { i += 10; return i })
		i++
	}
	for _, g := range gs {
		print(g(), " ", g(), " ")
	}
	println()

	names := []string{"a", "b", "c"}
	var hs []func() string
	for idx, name := range names {
		hs = append(hs, func() string { return name + string(rune('0'+idx)) })
	}
	for _, h := range hs {
		print(h(), " ")
	}
	println()

	m := map[string]func() int{}
	for _, k := range []string{"x", "y", "z"} {
		c := &counter{n: len(k) * 100}
		m[k] = c.inc
	}
	println(m["x"](), m["x"](), m["y"](), m["z"](), m["y"]())

	acc := 0
	add := func(d int) func() {
		return func() { acc += d }
	}
	steps := []func(){add(1), add(10), add(100)}
	for j := range 3 {
		steps[j]()
		steps[2-j]()
	}
	println("acc", acc)

	var chain func(n int) int
	chain = func(n int) int {
		if n == 0 {
			return 0
		}
		return n + chain(n-1)
	}
	println(chain(10))

	var nilf func()
	println(nilf == nil, chain != nil)

	makeAdders := func() (func(int), func() int) {
		sum := 0
		return func(x int) { sum += x }, func() int { return sum }
	}
	a, g := makeAdders()
	a(3)
	a(4)
	println(g())
	for i := range 3 {
		defer func() { print("deferred ", i, "\n") }()
	}
}
