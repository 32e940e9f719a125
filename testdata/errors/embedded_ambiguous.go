package main

// Ambiguous selectors through embedding at the same depth.

type A struct{ x int }

func (A) m() {}

type B struct{ x int }

func (B) m() {}

type C struct {
	A
	B
}

type mI interface{ m() }

func main() {
	var c C
	_ = c.x      // ERROR "ambiguous selector c\.x"
	c.m()        // ERROR "ambiguous selector c\.m"
	var i mI = c // ERROR "cannot use c \(variable of struct type C\) as mI value in variable declaration: C does not implement mI \(ambiguous selector C\.m\)"
	_ = i
}
