package main

import "math"   // ERROR ".math. imported and not used"
import "unsafe" // ERROR ".unsafe. imported and not used"

func main() {
	println("hi")
}
