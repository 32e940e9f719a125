package main

func main() {
	x := 1
	var 1y int // ERROR "syntax error: unexpected literal 1, expected name"
	println(x)
}
