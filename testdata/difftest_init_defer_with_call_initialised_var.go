// Regression (a difftest finding, fixed): golift once "internal error: compiling main..init" (Cranelift) for a defer in init() while a package-level variable is initialised by a call; Go runs it.
package main

var a = f(2)

func f(n int) int {
	println("f", n)
	return n * 3
}

func init() {
	defer println("init deferred", a)
	println("init", a)
}

func main() {
	println("main", a)
}
