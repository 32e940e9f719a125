package main

func main() {
	s := []int{1, 2, 3, 4}
	a := [4]int(s)
	println(a[3])
	b := [5]int(s)
	println(b[0])
}
