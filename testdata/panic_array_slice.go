package main

func main() {
	var arr [4]int
	lo, hi := 1, 4
	println(len(arr[lo:hi]))
	hi = 7
	println(len(arr[lo:hi]))
}
