package q

import _ "unsafe"

// Double is pushed by p.
func Double(x int) int

//go:linkname thrice example.com/m/p.Triple
func thrice(x int) int

func Thrice(x int) int { return thrice(x) }
