package main

func main() {
	x := 1
	switch x {
	case 1:
	case 2, 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch"
	}
	switch x {
	case "a": // ERROR "cannot convert .a. \(untyped string constant\) to type int"
	}
	s := uint(2)
	var f float64 = 1 << s // ERROR "invalid operation: shifted operand 1 \(type float64\) must be integer"
	println(f)
	switch {
	case x: // ERROR "invalid case x in switch on true \(mismatched types int and bool\)"
	}
	for {
		fallthrough // ERROR "fallthrough statement out of place"
	}
}
