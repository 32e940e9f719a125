package main

// Generic functions with explicit and inferred type arguments, multiple
// type parameters, and inference from function arguments.

type number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
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

func pair[A, B any](a A, b B) (B, A) { return b, a }

func apply[T, U any](x T, f func(T) U) U { return f(x) }

func zero[T any]() T {
	var z T
	return z
}

func ptrTo[T any](v T) *T { return &v }

type myInt int

func main() {
	println(sum([]int{1, 2, 3}), sum([]float64{0.5, 0.25}), sum([]int8{100, 27}))
	println(sum([]myInt{5, 6}))
	println(sum[int32](nil))
	println(maxOf(3, 7), maxOf(2.5, -1.0), maxOf("abc", "abd"))
	b, a := pair(1, "one")
	println(b, a)
	println(apply(21, func(x int) int { return x * 2 }))
	println(apply("hey", func(s string) int { return len(s) }))
	println(zero[int](), zero[string]() == "", zero[*int]() == nil, zero[[2]bool]()[1])
	p := ptrTo(5)
	*p++
	println(*p, *ptrTo("s"))
	f := sum[float32]
	println(f([]float32{1.5, 1.5}))
}
