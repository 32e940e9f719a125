package main

func main() {
	var b byte = 300 // ERROR "cannot use 300 \(untyped int constant\) as byte value in variable declaration \(overflows\)"
	var i8 int8
	i8 = 128        // ERROR "cannot use 128 \(untyped int constant\) as int8 value in assignment \(overflows\)"
	var u uint = -1 // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	x := 1 << 64    // ERROR "cannot use 1 << 64 \(untyped int constant 18446744073709551616\) as int value in assignment \(overflows\)"
	const big = 1 << 100
	var i64 int64 = big // ERROR "cannot use big \(untyped int constant 1267650600228229401496703205376\) as int64 value in variable declaration \(overflows\)"
	f := float32(1e40)  // ERROR "cannot convert 1e40 \(untyped float constant 1e\+40\) to type float32"
	println(b, i8, u, x, i64, f)
}
