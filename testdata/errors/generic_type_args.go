package main

// Type arguments that do not satisfy their constraints, type parameters
// that cannot be inferred, generic types used without instantiation.

type num interface{ ~int | ~float64 }

type box[T num] struct{ v T }

type pair[A, B any] struct{}

func sum[T num](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func zero[T any]() T {
	var z T
	return z
}

func two[A, B any](a A, b B) {}

type stringer interface{ String() string }

func show[T stringer](x T) string { return x.String() }

func main() {
	_ = sum("a", "b")    // ERROR "string does not satisfy num \(string missing in ~int \| ~float64\)"
	_ = box[string]{}    // ERROR "string does not satisfy num \(string missing in ~int \| ~float64\)"
	_ = zero()           // ERROR "in call to zero, cannot infer T \(declared at .*generic_type_args.go:20:11\)"
	_ = sum[int, int](1) // ERROR "got 2 type arguments but want 1"
	var b box            // ERROR "cannot use generic type box\[T num\] without instantiation"
	_ = show(3)          // ERROR "int does not satisfy stringer \(missing method String\)"
	_ = b
}
