package main

type Number interface {
	~int | ~int64 | ~float64
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type OrderedMap[K comparable, V any] struct {
	keys []K
	m    map[K]V
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{m: make(map[K]V)}
}

func (o *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := o.m[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.m[k] = v
}

func (o *OrderedMap[K, V]) Get(k K) (V, bool) {
	v, ok := o.m[k]
	return v, ok
}

func (o *OrderedMap[K, V]) Delete(k K) {
	if _, ok := o.m[k]; !ok {
		return
	}
	delete(o.m, k)
	for i, x := range o.keys {
		if x == k {
			o.keys = append(o.keys[:i], o.keys[i+1:]...)
			break
		}
	}
}

func (o *OrderedMap[K, V]) Pairs() []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(o.keys))
	for _, k := range o.keys {
		out = append(out, Pair[K, V]{k, o.m[k]})
	}
	return out
}

func (o *OrderedMap[K, V]) All() func(yield func(K, V) bool) {
	return func(yield func(K, V) bool) {
		for _, k := range o.keys {
			if !yield(k, o.m[k]) {
				return
			}
		}
	}
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(vs ...T) {
	for _, v := range vs {
		s[v] = struct{}{}
	}
}

func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }

func Sum[T Number](xs ...T) T {
	var t T
	for _, x := range xs {
		t += x
	}
	return t
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	a := init
	for _, x := range xs {
		a = f(a, x)
	}
	return a
}

type Meters float64

type Key struct {
	a string
	b int
}

func main() {
	om := NewOrderedMap[string, []int]()
	om.Set("one", []int{1})
	om.Set("two", []int{2, 2})
	om.Set("three", []int{3, 3, 3})
	om.Set("one", []int{1, 1})
	om.Delete("two")
	om.Delete("nope")
	for _, p := range om.Pairs() {
		println(p.Key, len(p.Val))
	}
	for k, v := range om.All() {
		println("iter", k, v[0])
		if k == "one" {
			break
		}
	}
	v, ok := om.Get("two")
	println(v == nil, ok)

	km := NewOrderedMap[Key, Pair[int, string]]()
	km.Set(Key{"x", 1}, Pair[int, string]{1, "one"})
	km.Set(Key{"x", 2}, Pair[int, string]{2, "two"})
	km.Set(Key{"x", 1}, Pair[int, string]{11, "eleven"})
	for k, v := range km.All() {
		println(k.a, k.b, v.Key, v.Val)
	}

	s := Set[Pair[string, int]]{}
	s.Add(Pair[string, int]{"a", 1}, Pair[string, int]{"b", 2}, Pair[string, int]{"a", 1})
	println(len(s), s.Has(Pair[string, int]{"b", 2}), s.Has(Pair[string, int]{"b", 3}))

	println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[Meters](1, 2.5))
	strs := Map([]int{1, 2, 3}, func(i int) string { return string(rune('a' + i)) })
	println(strs[0], strs[1], strs[2])
	total := Reduce(strs, 0, func(a int, s string) int { return a + len(s) + int(s[0]) })
	println(total)
	lens := Map(Map([]string{"ab", "cde", ""}, func(s string) []byte { return []byte(s) }), func(b []byte) int { return len(b) })
	println(lens[0], lens[1], lens[2])
}
