package main

func main() {
	f := 1.5
	println(f << 2) // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer"
	x := 1
	println(x << -1)  // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)"
	println(x << 1.5) // ERROR "1.5 \(untyped float constant\) truncated to uint"
	s := "a"
	println(x << s)    // ERROR "invalid operation: shift count s \(variable of type string\) must be integer"
	const c = 1.5 << 2 // ERROR "invalid operation: shifted operand 1.5 \(untyped float constant\) must be integer"
	println(c)
}
