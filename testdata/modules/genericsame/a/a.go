// Package a has a generic type P.
package a

type P[T any] struct{ v *T }

func (p *P[T]) Load() *T   { return p.v }
func (p *P[T]) Store(v *T) { p.v = v }
