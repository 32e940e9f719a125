package main

// Generic functions returning closures, closures capturing values of type
// parameter type, and Map/Filter/Reduce.

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func memo[K comparable, V any](f func(K) V) (func(K) V, func() int) {
	cache := map[K]V{}
	calls := 0
	return func(k K) V {
			if v, ok := cache[k]; ok {
				return v
			}
			calls++
			v := f(k)
			cache[k] = v
			return v
		}, func() int {
			return calls
		}
}

func constantly[T any](v T) func() T { return func() T { return v } }

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	sq := Map(nums, func(x int) int { return x * x })
	ev := Filter(sq, func(x int) bool { return x%2 == 0 })
	println(len(ev), ev[0], ev[len(ev)-1])
	total := Reduce(ev, 0, func(a, x int) int { return a + x })
	println(total)
	strs := Map(nums[:3], func(x int) string { return string(rune('a' + x)) })
	println(Reduce(strs, "", func(a string, s string) string { return a + s }))
	lengths := Reduce([]string{"ab", "cde"}, []int{}, func(a []int, s string) []int { return append(a, len(s)) })
	println(len(lengths), lengths[1])
	slow := func(n int) int { return n * 1000 }
	f, calls := memo(slow)
	println(f(1), f(2), f(1), f(1), calls())
	c := constantly("k")
	println(c(), constantly(3.5)())
}
