package main

func main() {
	a := [2]int{1, 2, 3}      // ERROR "index 2 is out of bounds \(>= 2\)"
	n := 3                    // ERROR "declared and not used: n"
	var b [n]int              // ERROR "invalid array length n"
	c := [...]int{0: 1, 0: 2} // ERROR "duplicate index 0 in array or slice literal"
	var d [-1]int             // ERROR "invalid array length -1 \(untyped int constant\)"
	println(a[0], b[0], c[0], d)
}
