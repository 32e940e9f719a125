package main

import _ "unsafe"

//go:linkname a b c

//go:linkname
var a int

func main() { println(a) }
