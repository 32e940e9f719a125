package main

// Recursive Fibonacci: call overhead, the stack check in every prologue.

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	println(fib(41))
}
