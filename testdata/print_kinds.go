package main

// print and println of every kind the runtime can print: interfaces print
// their two words as (type-or-itab,data), pointers, channels, maps,
// functions and unsafe.Pointer as hex addresses, slices as [len/cap]ADDR.
// Only nil values are printed here: other addresses differ between runs.

import "unsafe"

type Shape interface{ Area() float64 }
type Any interface{}
type Ptr *int
type Ints []int
type Table map[string]int
type Pipe chan bool
type Action func(int) int
type Word uintptr
type Cplx complex64

type pair struct{ a, b int }

func results() (any, Shape, *int) { return nil, nil, nil }

func show[T any](v T) { println("generic:", v) }

func main() {
	var e interface{}
	var a any
	var s Shape
	var n Any
	println(e, a, s, n)
	print(e, s, "\n")

	var p *int
	var pp Ptr
	var pr *pair
	var up unsafe.Pointer
	var ch chan int
	var rch <-chan string
	var pipe Pipe
	var m map[int]bool
	var t Table
	var f func()
	var act Action
	println(p, pp, pr, up, ch, rch, pipe, m, t, f, act)

	var sl []int
	var is Ints
	var bs []byte
	println(sl, is, bs, sl[:0])

	println(Word(42), uintptr(0), Cplx(1.5-2i), complex64(0), complex128(-0.25i))

	println(results())

	var err error
	println("error:", err)
	show[any](nil)
	show[Shape](nil)
	show[[]string](nil)
	show[*pair](nil)
}
