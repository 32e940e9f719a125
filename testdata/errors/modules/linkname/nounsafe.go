package main

// This file does not import "unsafe": its linkname directives are errors.

//go:linkname c example.com/le/p.counter
var c int

//go:linkname helper
func helper() {}
