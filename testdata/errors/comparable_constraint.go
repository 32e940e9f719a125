package main

// Uncomparable types used where comparable is required.

func eq[T comparable](a, b T) bool { return a == b }

type set[T comparable] map[T]bool

func main() {
	_ = eq([]int{}, []int{}) // ERROR "\[\]int does not satisfy comparable"
	var s set[func()]        // ERROR "func\(\) does not satisfy comparable"
	_ = s
	_ = eq(map[int]int{}, nil) // ERROR "map\[int\]int does not satisfy comparable"
}
