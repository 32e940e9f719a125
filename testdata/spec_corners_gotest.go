// Corners of the spec: range over an untyped rune constant, range into an
// existing variable, Offsetof through a pointer base, unsafe.String with
// nil, parenthesised receives in select cases.
package main

import (
	"fmt"
	"unsafe"
)

type Inner struct{ B, C int32 }

type Outer struct {
	A int32
	Inner
}

var po *Outer

type BytePtr *byte

func main() {
	for i := range 'c' {
		var r *rune = &i
		fmt.Printf("%T %v; ", i, *r)
	}
	var j int64
	for j = range 3 {
	}
	var k uint8
	for k = range 'b' {
	}
	fmt.Printf("\n%T %d %T %d\n", j, j, k, k)

	fmt.Println(unsafe.Offsetof(po.C), unsafe.Offsetof(po.Inner.C), unsafe.Offsetof(po.A))

	fmt.Printf("%q\n", unsafe.String(nil, 0))
	b := []byte("hey!")
	var bp BytePtr = &b[1]
	fmt.Println(unsafe.String(bp, 3))

	ch := make(chan int, 2)
	ch <- 4
	ch <- 5
	select {
	case x := (<-ch):
		fmt.Println("got", x)
	}
	select {
	case x, ok := ((<-ch)):
		fmt.Println("got", x, ok)
	}
	close(ch)
	select {
	case (<-ch):
		fmt.Println("closed")
	}
}
