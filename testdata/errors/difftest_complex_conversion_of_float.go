// Regression (a difftest finding, fixed): golift once accepts complex128(f) of a float64 variable; gc rejects the conversion.
package main

var f = 1.5

func main() {
	_ = complex128(f) // ERROR "cannot convert f \(variable of type float64\) to type complex128"
}
