package main

func main() {
	f := 5.5
	for i := range f { // ERROR "cannot range over f \(variable of type float64\)"
		println(i)
	}
	for i, v := range 10 { // ERROR "range over 10 \(untyped int constant\) permits only one iteration variable"
		println(i, v)
	}
}
