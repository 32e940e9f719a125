package main

// Calls of generic functions with the wrong arguments: counts are checked
// before inference; untyped constants of different kinds cannot agree.

func two[A, B any](a A, b B) (A, B) { return a, b }

func one[T any](x T) T { return x }

func pair[T any](a, b T) T { return a }

func main() {
	println(one(two(1, "a"))) // ERROR "too many arguments in call to one\n\thave \(int, string\)\n\twant \(T\)"
	println(pair(1, "s"))     // ERROR "in call to pair, mismatched types untyped int and untyped string \(cannot infer T\)"
	println(one(nil))         // ERROR "in call to one, cannot infer T"
	println(one())            // ERROR "not enough arguments in call to one\n\thave \(\)\n\twant \(T\)"
}
