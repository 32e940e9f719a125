package main

// Generic type aliases: an instance of the alias is the aliased type.

type pair[K comparable, V any] struct {
	k K
	v V
}

func (p pair[K, V]) key() K { return p.k }

type intPair[V any] = pair[int, V]

type set[T comparable] = map[T]struct{}

type list[T any] = []T

func keys[T comparable](s set[T]) int { return len(s) }

func main() {
	p := intPair[string]{1, "a"}
	var q pair[int, string] = p
	println(p.k, p.v, q.key())
	s := set[string]{}
	s["x"] = struct{}{}
	s["y"] = struct{}{}
	println(len(s), keys(s))
	var l list[float64]
	l = append(l, 1.5)
	println(len(l), l[0])
}
