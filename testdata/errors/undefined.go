package main

func main() {
	x := y + 1 // ERROR "undefined: y"
	println(x)
	undefinedFunc()   // ERROR "undefined: undefinedFunc"
	var t UnknownType // ERROR "undefined: UnknownType"
	_ = t
	z = 3 // ERROR "undefined: z"
}
