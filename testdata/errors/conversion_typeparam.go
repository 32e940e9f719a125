package main

// A conversion involving a type parameter must hold for every type in the
// type sets; gc names the first pair that does not convert.

func toComplex[T ~int | ~float64](x T) complex128 {
	return complex128(x) // ERROR "cannot convert x \(variable of type T constrained by ~int \| ~float64\) to type complex128: cannot convert int \(in T\) to type complex128"
}

func toInt[T ~complex64 | ~complex128](x T) int {
	return int(x) // ERROR "cannot convert x \(variable of type T constrained by ~complex64 \| ~complex128\) to type int: cannot convert complex64 \(in T\) to type int"
}

func both[T ~int | ~float64, U ~complex128](x T) U {
	return U(x) // ERROR "cannot convert x \(variable of type T constrained by ~int \| ~float64\) to type U: cannot convert int \(in T\) to type complex128 \(in U\)"
}

func fromAny[T any](x T) int {
	return int(x) // ERROR "cannot convert x \(variable of type T constrained by any\) to type int$"
}

func toString[T ~string](x float64) T {
	return T(x) // ERROR "cannot convert x \(variable of type float64\) to type T: cannot convert float64 to type string \(in T\)"
}

func constant[T ~int8 | ~string]() T {
	return T(300) // ERROR "cannot convert 300 \(untyped int value\) to type T: constant 300 overflows int8 \(in T\)"
}

func main() {
	println(toComplex(1), toInt(1i), both[int, complex128](1), fromAny(1), toString[string](1), constant[int8]())
}
