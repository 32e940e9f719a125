package main

// Package-level initialisers may use methods declared later in the file:
// method sets are complete before any initialiser is checked. A variable of
// interface type holds its initialiser converted to that interface.

type Shape interface{ Area() int }

var first = Square(3).Area()
var shape Shape = Square(4)
var total = shape.Area() + first
var anything any = Square(5)
var left, right Shape = pair()

func pair() (Square, Rect) { return Square(1), Rect{2, 3} }

type Square int

func (s Square) Area() int { return int(s * s) }

type Rect struct{ w, h int }

func (r Rect) Area() int { return r.w * r.h }

func main() {
	println(first, shape.Area(), total)
	println(anything.(Square).Area())
	println(left.Area(), right.Area())
	_, isRect := right.(Rect)
	println(isRect)
}
