package main

import "math"

func cmp64(a, b int64) {
	println(a, b, a < b, a <= b, a > b, a >= b, a == b, a != b)
}

func cmpu64(a, b uint64) {
	println(a, b, a < b, a <= b, a > b, a >= b, a == b, a != b)
}

func main() {
	cmp64(math.MinInt64, math.MaxInt64)
	cmp64(-1, 0)
	cmp64(0, 0)
	cmp64(5, -5)
	cmpu64(0, math.MaxUint64)
	cmpu64(1<<63, 1<<63-1)
	cmpu64(7, 7)
	var a8, b8 int8 = -128, 127
	var c8, d8 uint8 = 128, 127
	println(a8 < b8, c8 < d8, a8 == -128, c8 > 127)
	var a16, b16 int16 = -1, 1
	var c16, d16 uint16 = 65535, 1
	println(a16 < b16, c16 < d16)
	var a32, b32 int32 = -2147483648, 0
	var c32, d32 uint32 = 2147483648, 0
	println(a32 < b32, c32 < d32, c32 > d32)
	x := 10
	println(x > 5 && x < 20, x < 5 || x > 8, !(x == 10))
}
