package main

func two(a int, b string) int { return a }

func variadic(a int, rest ...string) {}

func main() {
	two(1)              // ERROR "not enough arguments in call to two"
	two(1, "a", 3)      // ERROR "too many arguments in call to two"
	two("a", 1)         // ERROR "cannot use .a. \(untyped string constant\) as int value in argument to two" "cannot use 1 \(untyped int constant\) as string value in argument to two"
	variadic()          // ERROR "not enough arguments in call to variadic"
	variadic(1, "a", 2) // ERROR "cannot use 2 \(untyped int constant\) as string value in argument to variadic"
	var xs []int
	variadic(1, xs...) // ERROR "cannot use xs \(variable of type \[\]int\) as \[\]string value in argument to variadic"
}
