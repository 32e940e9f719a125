package main

import "unsafe"

type A struct {
	a byte
	b int64
	c byte
}

type B struct {
	a, c byte
	b    int64
}

type C struct {
	x int32
	y int16
	z byte
}

type D struct {
	s  string
	sl []int
	p  *int
	f  float32
	e  struct{}
}

type E struct {
	a [3]byte
	b complex64
}

type Empty struct{}

func main() {
	var i int
	var s string
	var sl []byte
	var p *int
	var c128 complex128
	println(unsafe.Sizeof(i), unsafe.Sizeof(s), unsafe.Sizeof(sl), unsafe.Sizeof(p), unsafe.Sizeof(c128))
	println(unsafe.Sizeof(int8(0)), unsafe.Sizeof(int16(0)), unsafe.Sizeof(int32(0)), unsafe.Sizeof(int64(0)), unsafe.Sizeof(uintptr(0)))
	println(unsafe.Sizeof(float32(0)), unsafe.Sizeof(float64(0)), unsafe.Sizeof(complex64(0)), unsafe.Sizeof(true))
	println(unsafe.Sizeof(A{}), unsafe.Sizeof(B{}), unsafe.Sizeof(C{}), unsafe.Sizeof(D{}), unsafe.Sizeof(E{}), unsafe.Sizeof(Empty{}))
	println(unsafe.Sizeof([10]int16{}), unsafe.Sizeof([0]int{}), unsafe.Sizeof([3]A{}))
	println(unsafe.Alignof(A{}), unsafe.Alignof(C{}), unsafe.Alignof(E{}), unsafe.Alignof(byte(0)), unsafe.Alignof(c128))
	var a A
	var d D
	println(unsafe.Offsetof(a.b), unsafe.Offsetof(a.c), unsafe.Offsetof(d.sl), unsafe.Offsetof(d.f), unsafe.Offsetof(d.e))
	const k = unsafe.Sizeof(A{}) * 2
	var arr [k]byte
	println(len(arr))
}
