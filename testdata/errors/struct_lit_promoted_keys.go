package main

// Go 1.27 lets struct literal keys name promoted fields; keys whose field
// paths overlap, paths through embedded pointers, and names that are no
// accessible field are errors with gc's wording.

type Point struct{ X, Y int }

type Shape struct {
	Point
	Kind int
}

type ByPtr struct {
	*Point
	Z int
}

type Deep struct {
	Shape
	E int
}

func main() {
	_ = Shape{X: 1, X: 2}                // ERROR "duplicate field name X in struct literal"
	_ = Shape{Point: Point{}, X: 1}      // ERROR "cannot specify promoted field X and enclosing embedded field Point"
	_ = Shape{Y: 1, Point: Point{}}      // ERROR "cannot specify embedded field Point and enclosed promoted field Y"
	_ = ByPtr{X: 1}                      // ERROR "invalid implicit pointer indirection to reach X"
	_ = Deep{Shape: Shape{}, Y: 2}       // ERROR "cannot specify promoted field Y and enclosing embedded field Shape"
	_ = Deep{X: 1, Shape: Shape{}}       // ERROR "cannot specify embedded field Shape and enclosed promoted field X"
	_ = Deep{Point: Point{}, Kind: 1, Y: 3} // ERROR "cannot specify promoted field Y and enclosing embedded field Point"
}
