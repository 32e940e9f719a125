// Capture-free function literals are static funcvals, `x = T{}` clears x in
// place, and ReadMemStats allocates nothing: none of these count a malloc.
package main

import "runtime"

type big struct {
	words [300]uint64
	tag   string
}

func adder() func(int, int) int { return func(a, b int) int { return a + b } }

func pick(neg bool) func(int) int {
	if neg {
		return func(x int) int { return -x }
	}
	return func(x int) int { return x }
}

//go:noinline
func reset(b *big) {
	*b = big{}
}

// ReadMemStats keeps no pointer to its argument: a local MemStats stays on
// the stack.
func mallocs() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

func main() {
	b := &big{tag: "set"}
	b.words[7] = 9
	n0 := mallocs()
	n1 := mallocs()
	println("ReadMemStats allocations:", n1-n0)

	f, g := adder(), adder()
	h := pick(true)
	println(f(2, 3), g(4, 5), h(6), pick(false)(7))
	reset(b)
	println(b.words[7], len(b.tag))
	n2 := mallocs()
	println("allocations:", n2-n1)
}
