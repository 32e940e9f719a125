package main

func main() {
	x := 10
	println(x / 0)  // ERROR "invalid operation: division by zero"
	println(x % 0)  // ERROR "invalid operation: division by zero"
	const c = 5 / 0 // ERROR "invalid operation: division by zero"
	f := 1.5
	println(f / 0) // a float divided by constant zero is allowed: +Inf
	println(c)
}
