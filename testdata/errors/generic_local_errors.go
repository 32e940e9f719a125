package main

// Misuse of generic types declared inside a function.

func main() {
	type loc[T comparable] struct{ v T }
	_ = loc[int, int]{} // ERROR "too many type arguments for type loc: have 2, want 1"
	var l loc           // ERROR "cannot use generic type loc\[T comparable\] without instantiation"
	_ = loc[[]int]{}    // ERROR "\[\]int does not satisfy comparable"
	_ = l
}
