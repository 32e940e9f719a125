package main

func main() {
	_ = 1
	x := _          // ERROR "cannot use _ as value or type"
	var _ int = "s" // ERROR "cannot use .s. \(untyped string constant\) as int value in variable declaration"
	println(_)      // ERROR "cannot use _ as value or type"
	println(x)
}
