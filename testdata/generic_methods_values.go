package main

// Method values and method expressions of instantiated generic types, and
// generic types with pointer-method constraints.

type acc[T int | float64] struct{ total T }

func (a *acc[T]) add(v T) { a.total += v }
func (a acc[T]) get() T   { return a.total }

type setter[T any] interface {
	*T
	set(string)
}

type rec struct{ s string }

func (r *rec) set(s string) { r.s = s }

func build[T any, PT setter[T]](vals []string) []T {
	out := make([]T, len(vals))
	for i, v := range vals {
		PT(&out[i]).set(v)
	}
	return out
}

func main() {
	var a acc[int]
	add := a.add
	add(3)
	add(4)
	get := acc[int].get
	println(a.total, get(a))
	padd := (*acc[float64]).add
	var f acc[float64]
	padd(&f, 0.5)
	println(f.get())
	rs := build[rec]([]string{"x", "y"})
	println(len(rs), rs[0].s, rs[1].s)
}
