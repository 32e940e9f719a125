package main

func main() {
	println(min(3, 1, 2), max(3, 1, 2), min(5), max(-5))
	var a, b int8 = -128, 127
	println(min(a, b), max(a, b))
	var u, v uint64 = 0, 18446744073709551615
	println(min(u, v), max(u, v))
	x, y := 2.5, -1.5
	println(min(x, y), max(x, y), min(x, y, 0), max(x, 10))
	var zero float64
	nan := zero / zero
	println(min(nan, 1), max(1, nan), min(1, nan, 2), max(nan, nan))
	negz := -zero
	println(min(zero, negz), max(negz, zero), min(negz, zero), max(zero, negz))
	println(min("b", "a"), max("apple", "banana", "cherry"), min("", "x"))
	const c = min(1, 2.5, 0.5)
	println(c)
	var f32 float32 = 1.5
	println(min(f32, 2), max(f32, 1))
	s := []int{5, 2, 9, 1, 7}
	lo, hi := s[0], s[0]
	for _, v := range s {
		lo = min(lo, v)
		hi = max(hi, v)
	}
	println(lo, hi)
	inf := 1 / zero
	println(min(inf, -inf), max(inf, -inf), min(inf, nan))
}
