package main

// Comparing interfaces whose dynamic type is not comparable panics.

func main() {
	var a any = []int{1}
	var b any = 5
	println(a == b)
	b = []int{1}
	println(a == b)
}
