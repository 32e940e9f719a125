package main

// The last output has no newline: the expected output ends without one.

func main() {
	println("first line")
	print("second line, unterminated")
}
