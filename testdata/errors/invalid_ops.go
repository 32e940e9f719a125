package main

type P struct{ x int }

func main() {
	s := []int{1}
	t := []int{1}
	println(s == t) // ERROR "invalid operation: s == t \(slice can only be compared to nil\)"
	a := [2][]int{}
	b := a
	println(a == b) // ERROR "invalid operation: a == b \(\[2\]\[\]int cannot be compared\)"
	p := P{1}
	println(p < p) // ERROR "invalid operation: p < p \(operator < not defined on struct\)"
	var q *int
	println(q + 1)  // ERROR "invalid operation: q \+ 1 \(mismatched types \*int and untyped int\)"
	println(len(5)) // ERROR "invalid argument: 5 \(untyped int constant\) for built-in len"
	var f float64
	println(s[f]) // ERROR "invalid argument: index f \(variable of type float64\) must be integer"
	arr := [3]int{}
	println(arr[5])  // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	println(arr[-1]) // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
}
