package main

func main() {
	var min int32 = -2147483648
	var neg int32 = -1
	println(min / neg)
	var zero int32
	println(min / zero)
}
