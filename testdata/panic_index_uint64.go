package main

func main() {
	s := []int{1, 2, 3}
	var i uint64 = 2
	println(s[i])
	i = 1<<64 - 1
	println(s[i])
}
