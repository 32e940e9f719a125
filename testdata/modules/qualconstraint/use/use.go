// Package use writes the constraints qualified: geom.Areal[P], geom.Own[P].
package use

import (
	"qualconstraint/geom"
	"qualconstraint/shape"
)

func Area[P geom.Areal[P]](p P) int { return p.Area() }

func BoxArea[P geom.Areal[P]](b *geom.Box[P]) int { return b.Item.Area() * 10 }

func Scaled[P geom.Own[P]](p P, k int) int { return p.Scale(k).Area() }

func All() []int {
	return []int{
		Area(&shape.Square{Side: 3}),
		Area(&shape.Strip{W: 2, H: 5}),
		Area[*shape.Strip](&shape.Strip{W: 1, H: 1}),
		BoxArea(geom.NewSquareBox(4)),
		Scaled(&geom.Unit{N: 7}, 3),
	}
}
