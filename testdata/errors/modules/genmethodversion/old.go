//go:build go1.22

package main

type Old struct{}

func (Old) Id[T any](x T) T { return x }

func old(b Box) int { return Old{}.Id(b.n) }
