package main

func main() {
	s := make([]int, 2, 10)
	i, j, k := 1, 3, 11
	println(len(s[i:j:10]))
	println(len(s[i:j:k]))
}
