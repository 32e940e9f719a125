// The hooks runtime/debug reaches by //go:linkname (pulled here as a
// program may): SetGCPercent's settings (100 by default), then
// SetMaxStack's limit enforced by deep recursion with Go's fatal error.
package main

import (
	_ "runtime" // golift's runtime package holds the hooks
	_ "unsafe"
)

//go:linkname setGCPercent runtime/debug.setGCPercent
func setGCPercent(int32) int32

//go:linkname setMaxStack runtime/debug.setMaxStack
func setMaxStack(int) int

var depth int

func recurse(n int) int {
	var a [64]int
	a[n%64] = n
	depth++
	return recurse(n+1) + a[(n+1)%64]
}

func main() {
	println(setGCPercent(50))
	println(setGCPercent(-1))
	println(setGCPercent(200))
	println(setGCPercent(100))
	println(setMaxStack(1 << 20))
	println(setMaxStack(256 << 10))
	recurse(0)
}
