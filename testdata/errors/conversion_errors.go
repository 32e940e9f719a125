package main

type T struct{ a int }
type U struct{ b int }

func main() {
	s := "x"
	n := int(s) // ERROR "cannot convert s \(variable of type string\) to type int"
	t := T{1}
	u := U(t) // ERROR "cannot convert t \(variable of struct type T\) to type U"
	f := 1.5
	b := bool(f) // ERROR "cannot convert f \(variable of type float64\) to type bool"
	var p *int
	q := (*float64)(p) // ERROR "cannot convert p \(variable of type \*int\) to type \*float64"
	arr := [2]int(s)   // ERROR "cannot convert s \(variable of type string\) to type \[2\]int"
	println(n, u.b, b, q, arr[0])
}
