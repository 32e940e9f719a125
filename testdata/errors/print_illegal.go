package main

// print and println take only operands the runtime can print: basic types,
// pointers, channels, maps, functions, slices and interfaces. Arrays and
// structs are rejected after type checking, one error per operand.

type point struct{ x, y int }

func two() (point, int) { return point{}, 1 }

func main() {
	println(point{1, 2})      // ERROR "illegal types for operand: println\n\tpoint"
	print([3]int{}, "\n")     // ERROR "illegal types for operand: print\n\t\[3\]int"
	println(struct{}{}, 1)    // ERROR "illegal types for operand: println\n\tstruct {}"
	println(two())            // ERROR "illegal types for operand: println\n\tpoint"
	println([1]any{}, nil == any(nil)) // ERROR "illegal types for operand: println"
}
