package main

func main() {
	var a int = 1
	var b int64 = 2
	var f float64 = 3
	var s string = "x"
	println(a + b)  // ERROR "invalid operation: a \+ b \(mismatched types int and int64\)"
	println(f * a)  // ERROR "invalid operation: f \* a \(mismatched types float64 and int\)"
	println(s + a)  // ERROR "invalid operation: s \+ a \(mismatched types string and int\)"
	println(a == s) // ERROR "invalid operation: a == s \(mismatched types int and string\)"
	println(s - s)  // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	println(f % f)  // ERROR "invalid operation: operator % not defined on f \(variable of type float64\)"
	println(!a)     // ERROR "invalid operation: operator ! not defined on a \(variable of type int\)"
	println(s + 1)  // ERROR "invalid operation: s \+ 1 \(mismatched types string and untyped int\)"
}
