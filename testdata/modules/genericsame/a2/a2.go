// Package a (path a2) has a generic type P too, with methods of the same
// names that count instead.
package a

type P[T any] struct{ n int }

func (p *P[T]) Store(v *T) { p.n++ }
func (p *P[T]) Load() int  { return p.n }
