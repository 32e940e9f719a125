package main

func main() {
	x := 1
	x = 08 // ERROR "invalid digit '8' in octal literal"
	println(x)
}
