package main

// Uncomparable dynamic types (slice, map, func, struct with slice field)
// panic on == and the panic is a runtime error with gc's text.

type holder struct{ s []int }

func cmp(a, b any) {
	defer func() {
		if r := recover(); r != nil {
			println(r.(error).Error())
		}
	}()
	println(a == b)
}

func main() {
	cmp([]int{}, []int{})
	cmp(map[int]int{}, map[int]int{})
	cmp(func() {}, func() {})
	cmp(holder{}, holder{})
	cmp([1][]int{}, [1][]int{})
	cmp([]int{}, "x")
	cmp(1, 1)
}
