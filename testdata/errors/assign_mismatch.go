package main

func main() {
	var i int = "hello" // ERROR "cannot use .hello. \(untyped string constant\) as int value in variable declaration"
	var s string
	s = 5 // ERROR "cannot use 5 \(untyped int constant\) as string value in assignment"
	var f float64 = 1.5
	var n int
	n = f // ERROR "cannot use f \(variable of type float64\) as int value in assignment"
	var i32 int32
	var i64 int64
	i32 = i64       // ERROR "cannot use i64 \(variable of type int64\) as int32 value in assignment"
	var b bool = 1  // ERROR "cannot use 1 \(untyped int constant\) as bool value in variable declaration"
	var p *int = &s // ERROR "cannot use &s \(value of type \*string\) as \*int value in variable declaration"
	println(i, s, n, i32, b, p)
}
