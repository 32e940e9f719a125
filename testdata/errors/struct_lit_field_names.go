package main

// Keys of struct literals that name no field: gc's lookup errors for
// struct literals (methods are not fields; other spellings are named).

import "strings"

type Point struct{ X, Y int }

func (Point) M() {}

type Shape struct {
	Point
	Kind int
}

func (Shape) Area() int { return 0 }

type ByPtr struct {
	*Point
	Z int
}

func main() {
	_ = Shape{Area: 1}               // ERROR "unknown field Area in struct literal of type Shape$"
	_ = Shape{M: 1}                  // ERROR "M is not a field"
	_ = Shape{kind: 1}               // ERROR "unknown field kind in struct literal of type Shape, but does have Kind"
	_ = Shape{Q: 1}                  // ERROR "unknown field Q in struct literal of type Shape$"
	_ = strings.Builder{addr: nil}   // ERROR "cannot refer to unexported field addr in struct literal of type strings.Builder"
	_ = strings.Builder{Addr: nil}   // ERROR "unknown field Addr in struct literal of type strings.Builder, but does have unexported addr"
	_ = Shape{x: 1}                  // ERROR "unknown field x in struct literal of type Shape, but does have X"
	_ = ByPtr{x: 1}                  // ERROR "unknown field x in struct literal of type ByPtr, but does have X"
}
