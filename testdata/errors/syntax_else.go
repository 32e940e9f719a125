package main

func main() {
	x := 1
	if x > 0 {
		println("a")
	}
	else { // ERROR "syntax error: unexpected keyword else, expected }"
		println("b")
	}
}
