package main

// Misuse of generics: missing type arguments that cannot be inferred,
// wrong number of type arguments, generic type used without instantiation.

func zero[T any]() T {
	var z T
	return z
}

type box[T any] struct{ v T }

func two[A, B any](a A) B {
	var b B
	return b
}

func main() {
	_ = zero()                    // ERROR "in call to zero, cannot infer T \(declared at .*generic_errors\.go:6:11\)"
	var b box                     // ERROR "cannot use generic type box\[T any\] without instantiation"
	_ = two[int, string, bool](1) // ERROR "got 3 type arguments but want 2"
	_ = b
}
