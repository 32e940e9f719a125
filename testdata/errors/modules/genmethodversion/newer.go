//go:build go1.27

package main

type Newer struct{}

// A file's //go:build line raises its version above the module's.
func (Newer) Id[T any](x T) T { return x }

func newer(b Box) int { return Newer{}.Id[int](b.n) }
