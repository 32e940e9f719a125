// Package util is a Go 1.22 module: per-iteration loop variables.
package util

import "strings"

func Upper(s string) string { return strings.ToUpper(s) }

// Funcs collects closures over loop variables.
func Funcs() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, v := range []int{7, 8, 9} {
		fs = append(fs, func() int { return v })
	}
	return fs
}
