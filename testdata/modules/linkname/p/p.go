package p

import _ "unsafe"

//go:linkname double example.com/m/q.Double
func double(x int) int { return 2 * x }

// Triple is pulled by q under another name.
func Triple(x int) int { return 3 * x }
