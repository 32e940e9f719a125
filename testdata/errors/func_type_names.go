package main

// Function types keep their parameter names in messages; results too.

type handler func(code int, msg string) (ok bool)

func apply(f func(int) int) int { return f(1) }

func main() {
	add := func(a, b int) (sum int) { return a + b }
	var h handler
	var pr func(format string, args ...any)
	apply(add)   // ERROR "cannot use add \(variable of type func\(a int, b int\) \(sum int\)\) as func\(int\) int value in argument to apply"
	var n int = h  // ERROR "cannot use h \(variable of func type handler\) as int value in variable declaration"
	var m int = pr // ERROR "cannot use pr \(variable of type func\(format string, args ...any\)\) as int value in variable declaration"
	apply(func(x int) string { return "" }) // ERROR "cannot use func\(x int\) string \{…\} \(value of type func\(x int\) string\) as func\(int\) int value in argument to apply"
	_, _ = n, m
}
