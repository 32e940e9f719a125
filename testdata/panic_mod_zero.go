package main

func main() {
	var z uint8
	var x uint8 = 7
	println(x % (z + 1))
	println(x % z)
}
