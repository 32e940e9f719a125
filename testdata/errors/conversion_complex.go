package main

// Integers and floats convert among themselves; complex numbers convert only
// to complex types. Constants convert when their value is representable.

type MyC complex128
type MyF float64

const typedC complex128 = 1 + 2i

func main() {
	var f float64 = 1.5
	var i int = 2
	var c complex128 = 1 + 2i
	var mc MyC
	a := complex128(f) // ERROR "cannot convert f \(variable of type float64\) to type complex128"
	b := complex64(i)  // ERROR "cannot convert i \(variable of type int\) to type complex64"
	d := int(c)        // ERROR "cannot convert c \(variable of type complex128\) to type int"
	e := float64(c)    // ERROR "cannot convert c \(variable of type complex128\) to type float64"
	g := MyF(mc)       // ERROR "cannot convert mc \(variable of complex128 type MyC\) to type MyF"
	h := float64(typedC) // ERROR "cannot convert typedC \(constant \(1 \+ 2i\) of type complex128\) to type float64"
	k := int(1 + 2i)     // ERROR "cannot convert 1 \+ 2i \(untyped complex constant \(1 \+ 2i\)\) to type int"
	println(a, b, d, e, g, h, k)
}
