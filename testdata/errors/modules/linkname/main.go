package main

import _ "unsafe"

//go:linkname T example.com/le/p.T
type T int

//go:linkname K example.com/le/p.K
const K = 1

//go:linkname missing example.com/le/p.missing

//go:linkname x example.com/le/p.x[int]
var x int

//go:linkname y example.com/le/p.y
//go:linkname y example.com/le/p.z
var y int

func main() {
	var z int
	//go:linkname z example.com/le/p.z
	helper()
	println(c, x, y, z, K, T(0))
}
