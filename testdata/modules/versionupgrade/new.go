//go:build go1.22

package main

// newLoops runs with Go 1.22's semantics: one variable per iteration.
func newLoops() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	for i := range 3 {
		print(min(i, 1), " ")
	}
	println()
}
