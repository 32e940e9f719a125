package main

// One generic function and type instantiated with many type arguments of
// different sizes and kinds; each instantiation must behave correctly.

type cell[T any] struct {
	before byte
	v      T
	after  byte
}

func roundTrip[T comparable](v T) bool {
	c := cell[T]{1, v, 2}
	var i any = c
	back := i.(cell[T])
	return back.v == v && back.before == 1 && back.after == 2
}

func swapPair[T any](a, b T) (T, T) { return b, a }

type pt struct {
	x int8
	y int64
}

func main() {
	println(roundTrip(int8(-1)), roundTrip(int16(300)), roundTrip(int32(1<<20)), roundTrip(int64(-1<<40)))
	println(roundTrip(uint8(255)), roundTrip(3.25), roundTrip(float32(0.5)), roundTrip(complex(1, 2)))
	println(roundTrip("str"), roundTrip(true), roundTrip(pt{1, 2}), roundTrip([3]int16{1, 2, 3}))
	p := &pt{}
	println(roundTrip(p), roundTrip[any](42), roundTrip(struct{}{}))
	a, b := swapPair("x", "y")
	c, d := swapPair([2]pt{{1, 1}}, [2]pt{{2, 2}})
	e, f := swapPair(1.5, 2.5)
	println(a, b, c[0].x, d[0].x, e, f)
}
