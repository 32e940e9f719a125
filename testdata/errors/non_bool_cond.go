package main

func main() {
	x := 1
	if x { // ERROR "non-boolean condition in if statement"
	}
	for x { // ERROR "non-boolean condition in for statement"
	}
	s := "s"
	if s { // ERROR "non-boolean condition in if statement"
	}
	b := x && true // ERROR "invalid operation: x && true \(mismatched types int and untyped bool\)"
	println(b)
}
