package main

func f() (int, int) { return 1, 2 }

func g() {}

func main() {
	x := f()        // ERROR "assignment mismatch: 1 variable but f returns 2 values"
	a, b, c := f()  // ERROR "assignment mismatch: 3 variables but f returns 2 values"
	y := g()        // ERROR "g\(\) \(no value\) used as value"
	var n int = nil // ERROR "cannot use nil as int value in variable declaration"
	z := nil        // ERROR "use of untyped nil in assignment"
	var s []int
	s.x = 1 // ERROR "s.x undefined \(type \[\]int has no field or method x\)"
	1 + 2   // ERROR "1 \+ 2 \(untyped int constant 3\) is not used"
	println(x, a, b, c, y, n, z)
}
