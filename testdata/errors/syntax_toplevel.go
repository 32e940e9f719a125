package main

x := 1 // ERROR "syntax error: non-declaration statement outside function body"

func main() {
	println(x)
}
