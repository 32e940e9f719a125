package main

func main() {
	x := 1
	println(x,,) // ERROR "syntax error: unexpected comma, expected expression"
	println(x)
}
