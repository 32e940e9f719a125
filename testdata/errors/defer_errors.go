package main

// defer needs a function call; some builtins are not allowed in
// statement context.

func main() {
	defer 5 // ERROR "expression in defer must be function call"
	defer len("abc") // ERROR "defer discards result of len\(.abc.\) \(constant 3 of type int\)"
	defer recover // ERROR "expression in defer must be function call"
	x := []int{}
	defer append(x, 1) // ERROR "defer discards result of append\(x, 1\) \(value of type \[\]int\)"
}
