// Regression (a difftest finding, fixed): golift once accepts an embedded pointer to an interface type; gc rejects it.
package main

func main() {
	var _ struct{ *error } // ERROR "embedded field type cannot be a pointer to an interface"
}
