package main

// Generic functions and types over basic operations: arithmetic and
// ordering through type sets, inference from typed and untyped arguments,
// partial explicit instantiation, core types, generic structs and slices.

type integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint8 | ~uint
}

type float interface{ ~float32 | ~float64 }

type number interface {
	integer | float
}

func sum[T number](xs []T) T {
	var t T
	for _, x := range xs {
		t += x
	}
	return t
}

func maxOf[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func clamp[T integer](x, lo, hi T) T {
	return min(max(x, lo), hi)
}

func first[S ~[]E, E any](s S) E { return s[0] }

func convert[To, From integer | float](x From) To { return To(x) }

func swap[A, B any](a A, b B) (B, A) { return b, a }

func zero[T any]() T {
	var z T
	return z
}

func index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func fill[T any](n int, v T) []T {
	s := make([]T, n)
	for i := range s {
		s[i] = v
	}
	return s
}

func ptr[T any](v T) *T { return &v }

func double[T number](x T) T { return sum([]T{x, x}) }

type pair[K comparable, V any] struct {
	key K
	val V
}

type node[T any] struct {
	val  T
	next *node[T]
}

func push[T any](head *node[T], v T) *node[T] { return &node[T]{v, head} }

func length[T any](n *node[T]) int {
	c := 0
	for ; n != nil; n = n.next {
		c++
	}
	return c
}

type vec[T number] []T

type celsius float64

type ids []int8

func main() {
	println(sum([]int{1, 2, 3}), sum([]float64{0.5, 0.25}), sum([]int8{100, 27}))
	println(sum([]celsius{1.5, 2}), sum[uint]([]uint{7, 8}), sum[int32](nil))
	println(maxOf(3, 7), maxOf(2.5, -1.0), maxOf("abc", "abd"), maxOf(1, 2.5))
	println(clamp(15, 0, 10), clamp[int8](-3, 0, 10), clamp(uint8(200), 10, 100))
	println(first([]string{"a", "b"}), first(ids{4, 5}), first(vec[float32]{1.5}))
	println(convert[int8](300.0+1), convert[float64](7), convert[uint8, int](-1))
	b, a := swap(1, "one")
	println(b, a)
	println(zero[int](), zero[string]() == "", zero[*int]() == nil, zero[[2]bool]()[1])
	println(index([]string{"x", "y", "z"}, "z"), index([]float64{1, 2}, 3))
	s := fill(3, pair[string, int]{"k", 9})
	println(len(s), s[2].key, s[2].val)
	p := ptr(5)
	*p++
	println(*p, *ptr("s"), double(21), double(1.25))
	var l *node[string]
	l = push(l, "a")
	l = push(l, "b")
	println(length(l), l.val, l.next.val)
	pr := pair[int, []byte]{1, []byte("hi")}
	println(pr.key, string(pr.val))
	v := vec[int]{1, 2, 3}
	println(sum(v), sum([]int(v)))
}
