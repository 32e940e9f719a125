package main

var g int
var g string // ERROR "g redeclared in this block"

func f() {}
func f() {} // ERROR "f redeclared in this block"

type T int
type T string // ERROR "T redeclared in this block"

func main() {
	x := 1
	x := 2 // ERROR "no new variables on left side of :="
	var y int
	var y int // ERROR "y redeclared in this block"
	println(x, y, g)
}
