// Package geom has exported types with methods, an interface and a
// package-level variable with an initialiser.
package geom

import reg "example.com/multi/internal/registry"

type Point struct {
	X, Y int
}

var Origin = Point{X: origin(), Y: 0}

func origin() int {
	println("geom var init")
	return 10
}

func init() {
	println("geom init")
	reg.Register("geom")
}

func (p Point) Dist2() int { return p.X*p.X + p.Y*p.Y }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

type Shape interface {
	Area() int
}

type rect struct{ w, h int }

func (r *rect) Area() int { return r.w * r.h }

func NewRect(w, h int) Shape { return &rect{w, h} }
