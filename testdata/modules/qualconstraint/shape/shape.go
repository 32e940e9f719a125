// Package shape declares the concrete types that the constraints of
// package geom list in their type sets.
package shape

type Square struct{ Side int }

func (s *Square) Area() int { return s.Side * s.Side }

type Strip struct{ W, H int }

func (s *Strip) Area() int { return s.W * s.H }
