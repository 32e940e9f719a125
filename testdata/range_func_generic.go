package main

// Range over generic iterator functions, method values, iterators yielding
// zero values, and an iterator that keeps going after the body said stop.

func All[T any](s []T) func(func(int, T) bool) {
	return func(yield func(int, T) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func Values[T any](s []T) func(func(T) bool) {
	return func(yield func(T) bool) {
		for _, v := range s {
			if !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](seq func(func(T) bool), f func(T) U) func(func(U) bool) {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Sum[T int | float64](seq func(func(T) bool)) T {
	var s T
	for v := range seq {
		s += v
	}
	return s
}

type list struct {
	items []string
}

func (l *list) Each(yield func(string) bool) {
	for _, s := range l.items {
		if !yield(s) {
			return
		}
	}
}

func (l list) Backward() func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i := len(l.items) - 1; i >= 0; i-- {
			if !yield(i, l.items[i]) {
				return
			}
		}
	}
}

func ticks(yield func() bool) {
	for i := 0; i < 3; i++ {
		if !yield() {
			return
		}
	}
}

func first[T any](seq func(func(T) bool)) (T, bool) {
	for v := range seq {
		return v, true
	}
	var zero T
	return zero, false
}

func main() {
	for i, s := range All([]string{"x", "y", "z"}) {
		println(i, s)
	}
	println(Sum(Values([]int{1, 2, 3, 4})))
	println(Sum(Map(Values([]int{1, 2, 3}), func(i int) float64 { return float64(i) / 2 })))
	l := &list{[]string{"a", "b", "c"}}
	for s := range l.Each {
		print(s, " ")
	}
	println()
	for i, s := range l.Backward() {
		print(i, s, " ")
	}
	println()
	n := 0
	for range ticks {
		n++
	}
	println("ticks", n)
	for _, v := range All([]float64{1.5, 2.5}) {
		println(v)
	}
	println(first(Values([]string{"one", "two"})))
	println(first(Values([]int{})))
	for _ = range Values([]int{7}) {
		println("blank")
	}
}
