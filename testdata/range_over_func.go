package main

// Range over functions (Go 1.23): iterators with zero, one and two values,
// early break (yield returns false), continue, return from inside the
// loop body and defers in the iterator.

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				println("  stopped at", i)
				return
			}
		}
	}
}

func pairs(s []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func times(n int) func(func() bool) {
	return func(yield func() bool) {
		for i := 0; i < n; i++ {
			if !yield() {
				return
			}
		}
	}
}

func firstOver(limit int) int {
	for v := range count(100) {
		if v*v > limit {
			return v
		}
	}
	return -1
}

func withDefer() func(func(int) bool) {
	return func(yield func(int) bool) {
		defer println("  iterator cleanup")
		for i := 10; i < 13; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	sum := 0
	for v := range count(5) {
		sum += v
	}
	println(sum)
	for v := range count(10) {
		if v == 3 {
			break
		}
		print(v, " ")
	}
	println()
	for i, s := range pairs([]string{"a", "b", "c"}) {
		if i == 1 {
			continue
		}
		println(i, s)
	}
	n := 0
	for range times(4) {
		n++
	}
	println(n)
	println(firstOver(50))
	for v := range withDefer() {
		if v == 11 {
			break
		}
		println(v)
	}
	for v := range withDefer() {
		println(v)
	}
outer:
	for i := range count(3) {
		for j := range count(3) {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			println("pair", i, j)
		}
	}
}
