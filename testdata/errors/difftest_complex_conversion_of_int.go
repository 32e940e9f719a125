// Regression (a difftest finding, fixed): golift once crashes ("internal error: compiling main.main", Cranelift) on complex64(i) of an int variable; gc rejects the conversion.
package main

var i = 3

func main() {
	_ = complex64(i) // ERROR "cannot convert i \(variable of type int\) to type complex64"
}
