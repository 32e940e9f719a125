package main

// unsafe.Sizeof/Alignof for the types added in issue 3: interfaces,
// maps, funcs, closures' func values, generic struct instantiations.

import "unsafe"

type pair[T any] struct {
	a byte
	b T
}

type iface interface{ m() }

func main() {
	var e any
	var i iface
	var m map[string]int
	var f func(int) int
	println(unsafe.Sizeof(e), unsafe.Sizeof(i), unsafe.Sizeof(m), unsafe.Sizeof(f))
	println(unsafe.Sizeof(pair[int8]{}), unsafe.Sizeof(pair[int64]{}), unsafe.Sizeof(pair[any]{}), unsafe.Alignof(pair[int32]{}))
	x := 5
	g := func() int { return x }
	println(unsafe.Sizeof(g), g())
	println(unsafe.Sizeof(struct {
		e any
		b bool
	}{}))
}
