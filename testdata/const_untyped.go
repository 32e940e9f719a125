package main

import "math"

// Untyped constants are exact: intermediate values may be far outside any
// machine type as long as the final value fits where it is used.

const huge = 1 << 200
const back = huge >> 190
const big = 123456789012345678901234567890
const ratio = big / 1000000000000000000000
const third = 1.0 / 3
const exact = third * 3
const fhuge = 1e300 * 1e300 / 1e300
const mixed = 'a' + 1
const maxU64 = 1<<64 - 1

func main() {
	println(back, ratio, exact == 1, fhuge)
	var x uint64 = maxU64
	println(x, maxU64>>32)
	println(huge/(1<<190), (huge-1)%1000)
	println(mixed, string(rune(mixed)))
	var f32 float32 = third
	var f64 float64 = third
	println(f32, f64)
	const c = 10 / 3
	const fc = 10 / 3.0
	println(c, fc)
	const i2f = 7 / 2 * 2.0
	println(i2f)
	var i8 int8 = -128 + 255 - 127 + 0*huge
	println(i8)
	println(math.MaxInt64-math.MaxInt32, math.MaxUint32*2)
	const pi2 = math.Pi * 2
	println(pi2)
	const cx = (1 + 2i) * (3 - 1i)
	println(real(cx), imag(cx))
	const s = "ab" + "cd"
	println(s, len(s))
	const t = len("héllo") * 2
	var arr [t]bool
	println(len(arr))
	const shifted = 1.0 << 3
	println(shifted)
	const b = 1 < 2
	println(b, !b)
	const neg = -huge >> 195
	println(neg)
	var u8 uint8 = 255 &^ 15
	println(u8)
	println(1e3, 1000000.0, 1e23-1e23+1)
	const bigf = 1e1000 / 1e999
	println(bigf)
	println(uint64(math.MaxUint64/3), int64(math.MinInt64/7))
}
