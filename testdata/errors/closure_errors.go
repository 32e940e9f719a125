package main

// Calling non-functions, comparing funcs, wrong closure signatures.

func main() {
	f := func(x int) int { return x }
	g := func(x int) int { return x }
	_ = f == g             // ERROR "invalid operation: f == g \(func can only be compared to nil\)"
	var h func(string) = f // ERROR "cannot use f \(variable of type func\(x int\) int\) as func\(string\) value in variable declaration"
	x := 5
	x() // ERROR "invalid operation: cannot call x \(variable of type int\): int is not a function"
	_ = h
}
