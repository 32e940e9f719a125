package main

import "math"

func main() {
	println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16)
	println(math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64)
	println(math.MaxUint8, math.MaxUint16, math.MaxUint32, uint64(math.MaxUint64))
	println(math.MaxInt, math.MinInt, uint(math.MaxUint))
	println(math.Pi, math.E, math.Sqrt2, math.Ln2, math.Phi)
	println(math.MaxFloat32, math.SmallestNonzeroFloat32)
	println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	var f32 float32 = math.Pi
	println(f32)
	var i int64 = math.MaxInt64
	i++
	println(i == math.MinInt64)
	println(math.MaxInt8+1, math.MaxUint8+1)
	const twoPi = 2 * math.Pi
	println(twoPi, math.Pi/2)
	println(math.Log2E, math.Log10E, math.SqrtE, math.SqrtPi)
}
