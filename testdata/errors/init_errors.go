package main

var a = b // ERROR "initialization cycle for a"
var b = a

func init() int { return 1 } // ERROR "func init must have no arguments and no return values"

func main() {
	init() // ERROR "undefined: init"
	println(a)
}
