package main

func main() {
	arr := [4]int{1, 2, 3, 4}
	i := 3
	println(arr[i])
	i -= 4
	println(arr[i])
}
