package main

import "unsafe"

// Struct and array equality compares fields, never padding bytes: garbage
// written into padding through unsafe must not change the result of ==.

type Padded struct {
	a byte
	b int64
	c int16
	d int32
	e bool
}

type Outer struct {
	p  Padded
	x  byte
	ps [2]Padded
}

func poison(p *Padded) {
	base := unsafe.Pointer(p)
	for off := uintptr(1); off < 8; off++ {
		*(*byte)(unsafe.Add(base, off)) = 0xa5
	}
	*(*byte)(unsafe.Add(base, 18)) = 0x5a
	*(*byte)(unsafe.Add(base, 25)) = 0x77
}

func main() {
	println(unsafe.Sizeof(Padded{}), unsafe.Offsetof(Padded{}.b), unsafe.Offsetof(Padded{}.d), unsafe.Offsetof(Padded{}.e))
	p := Padded{1, 2, 3, 4, true}
	q := p
	poison(&q)
	println(p.a, q.a, q.b, q.c, q.d, q.e)
	println(p == q, p != q)
	var o1, o2 Outer
	o1.p, o2.p = p, q
	o1.ps[1], o2.ps[1] = q, p
	poison(&o2.ps[0])
	println(o1 == o2)
	arr1 := [3]Padded{p, q, {}}
	arr2 := [3]Padded{q, p, {}}
	poison(&arr2[2])
	println(arr1 == arr2)
	q.d++
	println(p == q)
}
