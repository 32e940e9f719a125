// Package greet is a module of Go 1.21 in the module cache (its path has
// an upper-case letter, which the cache escapes): its loops have one
// variable per loop, as before Go 1.22.
package greet

import (
	"example.com/Greet/internal/fmtx"
	"example.com/util"
)

func Hello(name string) string { return fmtx.Wrap("hello, " + util.Upper(name)) }

// Funcs collects closures over loop variables.
func Funcs() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for i, v := range []int{10, 20, 30} {
		fs = append(fs, func() int { return i*100 + v })
	}
	for _, v := range []int{7, 8, 9} {
		fs = append(fs, func() int { return v })
	}
	var ps []*int
	for _, v := range []int{4, 5, 6} {
		ps = append(ps, &v)
	}
	for k := range map[int]bool{42: true} {
		fs = append(fs, func() int { return k })
	}
	for _, p := range ps {
		v := *p
		fs = append(fs, func() int { return v })
	}
	return fs
}
