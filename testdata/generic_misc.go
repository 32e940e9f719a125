package main

// Generic types as map keys, in interfaces and closures; generic methods
// calling each other; explicit partial instantiation; generic func values;
// type parameters in type switches and conversions; recursive generic types.

type pt[T comparable] struct{ x, y T }

type shower interface{ show() string }

type wrap[T any] struct{ v T }

func (w wrap[T]) show() string { return "wrap" }

type list[T any] struct {
	v    T
	next *list[T]
}

func (l *list[T]) push(v T) *list[T] { return &list[T]{v, l} }

func (l *list[T]) len() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.len()
}

func (l *list[T]) sum(add func(T, T) T, zero T) T {
	if l == nil {
		return zero
	}
	return add(l.v, l.next.sum(add, zero))
}

type stack[T any] struct{ items []T }

func (s *stack[T]) push(v T) { s.items = append(s.items, v) }

func (s *stack[T]) pop() (T, bool) {
	var zero T
	if s.empty() {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *stack[T]) empty() bool { return s.size() == 0 }

func (s *stack[T]) size() int { return len(s.items) }

func conv[T, U ~int | ~float64](x T) U { return U(x) }

func kind[T any](x T) string {
	switch any(x).(type) {
	case int:
		return "int"
	case string:
		return "string"
	case []T:
		return "slice of T"
	}
	return "other"
}

func pair[A, B any](a A, b B) (A, B) { return a, b }

func apply[T any](f func(T) T, x T) T { return f(x) }

func counter[T ~int]() func() T {
	var n T
	return func() T {
		n++
		return n
	}
}

type celsius int

func main() {
	m := map[pt[int]]string{{1, 2}: "a", {3, 4}: "b"}
	println(m[pt[int]{1, 2}], m[pt[int]{3, 4}], len(m))

	var s shower = wrap[string]{"x"}
	println(s.show())
	if w, ok := s.(wrap[string]); ok {
		println("is wrap[string]", w.v)
	}
	_, ok := s.(wrap[int])
	println(ok)

	var l *list[int]
	l = l.push(1).push(2).push(3)
	println(l.len(), l.sum(func(a, b int) int { return a + b }, 0))

	var st stack[string]
	st.push("a")
	st.push("b")
	v, ok := st.pop()
	println(v, ok, st.size())

	println(conv[int, float64](3) / 2)
	println(conv[float64, celsius](2.7))

	println(kind(1), kind("s"), kind([]bool{}), kind(2.5))
	println(kind[[]int](nil))

	a, b := pair[int](1, "x")
	println(a, b)

	g := apply[int]
	println(g(func(x int) int { return x * 10 }, 4))
	h := pair[string, bool]
	x, y := h("p", true)
	println(x, y)

	next := counter[celsius]()
	next()
	println(next())

	double := func(xs []int) []int {
		return mapSlice(xs, func(x int) int { return 2 * x })
	}
	println(double([]int{1, 2, 3})[2])
}

func mapSlice[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}
