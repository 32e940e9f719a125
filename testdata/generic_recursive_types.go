package main

// Generic types referring to themselves and to other instantiations;
// a generic function instantiated inside another generic function.

type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]    { return Option[T]{} }

func (o Option[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}

func MapOpt[T, U any](o Option[T], f func(T) U) Option[U] {
	if !o.ok {
		return None[U]()
	}
	return Some(f(o.val))
}

type Tree[T any] struct {
	val      T
	children []*Tree[T]
}

func count[T any](t *Tree[T]) int {
	n := 1
	for _, c := range t.children {
		n += count(c)
	}
	return n
}

func lookup(m map[string]int, k string) Option[int] {
	if v, ok := m[k]; ok {
		return Some(v)
	}
	return None[int]()
}

func main() {
	m := map[string]int{"a": 1}
	println(lookup(m, "a").OrElse(-1), lookup(m, "b").OrElse(-1))
	s := MapOpt(lookup(m, "a"), func(v int) string { return "got" })
	println(s.OrElse("none"), MapOpt(lookup(m, "z"), func(v int) string { return "got" }).OrElse("none"))
	nested := Some(Some(3))
	println(nested.val.val, nested.ok)
	t := &Tree[string]{"root", []*Tree[string]{{"a", nil}, {"b", []*Tree[string]{{"c", nil}}}}}
	println(count(t))
}
