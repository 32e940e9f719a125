package main

// Operators checked against the type sets of type parameter constraints,
// in functions nothing instantiates.

type num interface{ ~int | ~float64 }

func a1[T any](a, b T) bool            { return a < b }     // ERROR "invalid operation: a < b \(type parameter T cannot use operator <\)"
func a2[T any](a, b T) bool            { return a == b }    // ERROR "invalid operation: a == b \(incomparable types in type set\)"
func a3[T int | string](a, b T) T      { return a - b }     // ERROR "invalid operation: operator - not defined on a \(variable of type T constrained by int \| string\)"
func a4[T num](a, b T) T               { return a % b }     // ERROR "invalid operation: operator % not defined on a \(variable of type T constrained by num\)"
func a5[T num](a T) T                  { return ^a }        // ERROR "invalid operation: operator \^ not defined on a \(variable of type T constrained by num\)"
func a6[T []int | string](a, b T) bool { return a == b }    // ERROR "invalid operation: a == b \(incomparable types in type set\)"
func a7[T any](a, b T) T               { a += b; return a } // ERROR "invalid operation: operator \+ not defined on a \(variable of type T constrained by any\)"

// Permitted by every type in the set.
func b1[T num](a, b T) T               { return a*b + a/b - b }
func b2[T ~int | ~string](a, b T) bool { return a < b }
func b3[T comparable](a, b T) bool     { return a != b }
func b4[T ~int | ~int8](a T) T         { return ^a &^ a % a }

func main() {}
