package main

// Operators not permitted by a type parameter's constraint.

func add[T any](a, b T) T { return a + b } // ERROR "invalid operation: operator \+ not defined on a \(variable of type T constrained by any\)"

func less[T comparable](a, b T) bool { return a < b } // ERROR "invalid operation: a < b \(type parameter T cannot use operator <\)"

func neg[T ~string](a T) T { return -a } // ERROR "invalid operation: operator - not defined on a \(variable of type T constrained by ~string\)"

func main() {}
