// Compiler directives gc accepts in an ordinary package: they change how
// a function is compiled, never what it prints.
package main

//go:nosplit
func leaf(x int) int { return x*3 + 1 }

//go:noinline
func small(x int) int { return x + 1 }

// A doc comment between the directive and the function is fine.
//
//go:noinline
//go:nosplit
func both(a, b int) (int, int) { return b, a }

//go:norace
//go:nocheckptr
func counted(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += small(i)
	}
	return s
}

//go:noinline
func deep(n int) int {
	if n == 0 {
		return 0
	}
	var pad [64]byte
	pad[n%64] = byte(n)
	return deep(n-1) + int(pad[n%64]&1)
}

//go:generate echo not a compiler directive
type T struct{ v int }

//go:noinline
func (t *T) bump() { t.v++ }

func main() {
	x, y := both(1, 2)
	println(leaf(4), small(5), x, y, counted(1000))
	// A deep recursion through a noinline function still grows the stack.
	println(deep(100000))
	t := &T{}
	for i := 0; i < 3; i++ {
		t.bump()
	}
	println(t.v)
}
