package main

var x = 3

type I interface{ M() }

func main() {
	v := any(x < 5)
	f := float64(x < 5) // ERROR "cannot convert x < 5 \(untyped bool value\) to type float64"
	i := I(x == 1)      // ERROR "cannot convert x == 1 \(untyped bool value\) to type I"
	s := string(x > 2)  // ERROR "cannot convert x > 2 \(untyped bool value\) to type string"
	println(v, f, i, s)
}
