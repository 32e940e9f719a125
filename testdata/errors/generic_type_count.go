package main

// Wrong numbers of type arguments; generic functions used as values
// without (complete) instantiation.

type box[T any] struct{ v T }

type pair[A, B any] struct{}

func zero[T any]() T {
	var z T
	return z
}

func two[A, B any](a A, b B) {}

func main() {
	two[int, int, int](1, 2) // ERROR "got 3 type arguments but want 2"
	_ = box[int, int]{}      // ERROR "too many type arguments for type box: have 2, want 1"
	_ = pair[int]{}          // ERROR "not enough type arguments for type pair: have 1, want 2"
	f := two[int]            // ERROR "cannot infer B \(declared at .*generic_type_count.go:15:13\)"
	g := zero                // ERROR "cannot use generic function zero without instantiation"
	_, _ = f, g
}
