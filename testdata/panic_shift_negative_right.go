package main

func main() {
	var x int64 = -256
	var s int8 = 4
	println(x >> s)
	s -= 10
	println(x >> s)
}
