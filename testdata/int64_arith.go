package main

import "math"

func main() {
	var max int64 = math.MaxInt64
	var min int64 = math.MinInt64
	var one int64 = 1
	var neg int64 = -1
	println(max+one, max*2, max*max, min-one)
	println(min/neg, min%neg, -min, min*neg)
	println(min/2, min%2, min/3, min%3, min/max, min%max)
	var p, q int64 = 9000000000000000000, 1000000007
	println(p/q, p%q, -p/q, -p%q, p/-q, p%-q, p*q)
	var h int64 = 1
	for i := 0; i < 10; i++ {
		h = h*6364136223846793005 + 1442695040888963407
		print(h, " ")
	}
	println()
	var u uint64 = math.MaxUint64
	println(u, u+1, u*u, u/3, u%1000, u-u-1)
	var x uint64 = 1 << 63
	println(x, x+x, x-1, x/3, x*3)
	var i int = math.MaxInt
	println(i, i+1, math.MinInt)
	var ui uint = math.MaxUint
	println(ui, ui+1)
}
