// unsafe.Slice and unsafe.String check their length and pointer as gc does.
package main

import (
	"fmt"
	"unsafe"
)

type E struct{}
type W [3]int32

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	var x [4]W
	var e E
	n := -1
	var big uint64 = 1 << 63
	try("neg", func() { _ = unsafe.Slice(&x[0], n) })
	try("negs", func() { _ = unsafe.String(nil, n) })
	try("nil", func() { _ = unsafe.Slice((*W)(nil), 2) })
	try("nil0", func() { fmt.Println(unsafe.Slice((*W)(nil), 0) == nil) })
	try("big", func() { _ = unsafe.Slice(&x[0], big) })
	try("over", func() { _ = unsafe.Slice(&x[0], uint64(1)<<62) })
	try("zs", func() { fmt.Println(len(unsafe.Slice(&e, 1<<40))) })
	try("zsnil", func() { _ = unsafe.Slice((*E)(nil), 3) })
	try("ok", func() { fmt.Println(len(unsafe.Slice(&x[1], 3)), cap(unsafe.Slice(&x[0], 4))) })
	b := []byte("hello")
	try("str", func() { fmt.Println(unsafe.String(&b[1], 3)) })
}
