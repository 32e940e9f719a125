// Regression (a difftest finding, fixed): golift once accepts an interface that embeds itself; gc rejects it.
package main

func main() {
	type R interface{ R } // ERROR "invalid recursive type"
}
