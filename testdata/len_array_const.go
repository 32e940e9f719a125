// len and cap of arrays: constant unless the operand has a function call
// or a receive (conversions and constant builtin calls are neither); a
// non-constant operand is evaluated, with its side effects and panics.
package main

import "unsafe"

type T struct {
	A [8]int
	B struct{ C [3]byte }
}

var p *T
var calls int

func f() *T {
	calls++
	return p
}

func arr() [4]string {
	calls++
	return [4]string{"a"}
}

const n1 = len(((*T)(nil)).A)
const n2 = len((*T)(nil).B.C)
const n3 = cap(p.A)
const n4 = len([unsafe.Sizeof(int32(0))]int{})
const n5 = len([len("abc")]bool{})
const n6 = len([2][]int{nil, nil})

func main() {
	println(n1, n2, n3, n4, n5, n6)
	var a [5]int
	const n7 = len(a)
	const n8 = len(*(*[4]byte)(unsafe.Pointer(&a)))
	println(n7, n8, calls)

	println(len(arr()), cap(arr()), calls)
	ch := make(chan [3]int, 1)
	ch <- [3]int{}
	println(len(<-ch), len(ch))

	defer func() {
		r := recover()
		println("recovered:", r != nil, "calls:", calls)
	}()
	println(len(f().A))
	println("not reached")
}
