package main

// A generic alias stands for its right side: one that mentions itself
// would expand forever.

type List[T any] = []List[T] // ERROR "invalid recursive type: List refers to itself"

type Pair[T any] = struct{ a, b T }

func main() {
	var l List[int]
	p := Pair[int]{1, 2}
	println(len(l), p.a)
}
