package main

import "strings"

// total sums the lengths; shout upper-cases a word. The build-time
// "one file touched" row edits this file.
func total(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func shout(w string) string { return strings.ToUpper(w) + "!" }
