// Package geom declares generic constraint interfaces whose type sets name
// another package's types, and a generic type constrained by one.
package geom

import "qualconstraint/shape"

// Areal[P] holds pointers to the shapes that report their area.
type Areal[P any] interface {
	*shape.Square | *shape.Strip
	Area() int
}

// Own[P] is satisfied by pointers to this package's Unit only.
type Own[P any] interface {
	*Unit
	Area() int
	Scale(int) P
}

type Unit struct{ N int }

func (u *Unit) Area() int          { return u.N }
func (u *Unit) Scale(k int) *Unit { return &Unit{u.N * k} }

// Box holds one areal value.
type Box[P Areal[P]] struct{ Item P }

func NewSquareBox(side int) *Box[*shape.Square] {
	return &Box[*shape.Square]{&shape.Square{Side: side}}
}
