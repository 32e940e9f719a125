package main

func main() {
	x := 1
	x = [3 // ERROR "syntax error: unexpected newline, expected \]"
	println(x)
}
