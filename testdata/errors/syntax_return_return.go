package main

func main() {
	x := 1
	return return // ERROR "syntax error: unexpected keyword return, expected expression"
	println(x)
}
