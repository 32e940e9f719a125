package main

// A generic fixed-point helper building recursive closures, and a generic
// memoizing recursion over a map.

func Fix[T, R any](f func(func(T) R, T) R) func(T) R {
	var g func(T) R
	g = func(x T) R { return f(g, x) }
	return g
}

func Memo[K comparable, V any](f func(func(K) V, K) V) func(K) V {
	cache := map[K]V{}
	var g func(K) V
	g = func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		v := f(g, k)
		cache[k] = v
		return v
	}
	return g
}

func main() {
	fact := Fix(func(self func(int) int, n int) int {
		if n == 0 {
			return 1
		}
		return n * self(n-1)
	})
	println(fact(12))
	fib := Memo(func(self func(int) uint64, n int) uint64 {
		if n < 2 {
			return uint64(n)
		}
		return self(n-1) + self(n-2)
	})
	println(fib(90))
	type cell struct{ r, c int }
	paths := Memo(func(self func(cell) int, p cell) int {
		if p.r == 0 || p.c == 0 {
			return 1
		}
		return self(cell{p.r - 1, p.c}) + self(cell{p.r, p.c - 1})
	})
	println(paths(cell{16, 16}))
	length := Fix(func(self func(string) int, s string) int {
		if s == "" {
			return 0
		}
		return 1 + self(s[1:])
	})
	println(length("recursion"))
}
