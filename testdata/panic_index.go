package main

func get(s []int, i int) int {
	return s[i]
}

func main() {
	s := []int{1, 2, 3}
	println(get(s, 2))
	println(get(s, 5))
	println("unreachable")
}
