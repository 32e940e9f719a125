package main

import "math"

func main() {
	var zero float64
	nan := zero / zero
	inf := 1 / zero
	ninf := -1 / zero
	negz := -zero
	println(nan, inf, ninf, negz, zero)
	println(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= nan)
	println(inf == inf, inf > math.MaxFloat64, ninf < -math.MaxFloat64, inf+ninf, inf*0)
	println(negz == zero, 1/negz, 1/zero, negz*negz, -negz)
	println(inf-inf, inf/inf, nan+1, -nan)
	x := nan
	if x != x {
		println("nan is unordered")
	}
	var f32z float32
	f32nan := f32z / f32z
	println(f32nan, f32nan == f32nan, -f32z, 1/-f32z, float32(inf))
	println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32)
	m := math.MaxFloat64
	println(m+m, m*-2, m*1e-308)
	var a [2]float64
	a[0] = nan
	b := a
	println(a == b, a != b)
	type P struct{ x float64 }
	p := P{negz}
	q := P{0}
	println(p == q)
}
