// math: every function on ordinary and special values (NaN, ±Inf, ±0,
// subnormals, huge), printed both as values and as bits where the last
// bit matters (Exp and Log go through gc's amd64 assembly there).
package main

import "math"

var negZero = math.Copysign(0, -1)

var specials = []float64{
	math.NaN(), math.Inf(1), math.Inf(-1), 0, negZero, 1, -1, 0.5, -0.5, 2, 3.7, -3.7,
	10, 1e-310, 5e-324, 1e300, -1e300, math.MaxFloat64, math.SmallestNonzeroFloat64,
	math.Pi, 0.1, 700, -745, 710, 1.5e-8,
}

func show(name string, f func(float64) float64) {
	print(name, ":")
	for _, x := range specials {
		print(" ", f(x))
	}
	println()
}

func show2(name string, f func(float64, float64) float64) {
	print(name, ":")
	for _, x := range specials[:12] {
		for _, y := range specials[:12] {
			print(" ", f(x, y))
		}
	}
	println()
}

func bits(name string, f func(float64) float64) {
	var s uint64 = 0x9e3779b97f4a7c15
	h := uint64(0)
	for i := 0; i < 20000; i++ {
		s ^= s << 13
		s ^= s >> 7
		s ^= s << 17
		x := float64(int64(s%4000000)-2000000) / 2000.0
		if i%2 == 1 {
			x = math.Float64frombits(s)
		}
		h = h*31 + math.Float64bits(f(x))
	}
	println(name, "hash", h)
}

func main() {
	show("Abs", math.Abs)
	show("Acos", math.Acos)
	show("Acosh", math.Acosh)
	show("Asin", math.Asin)
	show("Asinh", math.Asinh)
	show("Atan", math.Atan)
	show("Atanh", math.Atanh)
	show("Cbrt", math.Cbrt)
	show("Ceil", math.Ceil)
	show("Cos", math.Cos)
	show("Cosh", math.Cosh)
	show("Erf", math.Erf)
	show("Erfc", math.Erfc)
	show("Erfinv", math.Erfinv)
	show("Erfcinv", math.Erfcinv)
	show("Exp", math.Exp)
	show("Exp2", math.Exp2)
	show("Expm1", math.Expm1)
	show("Floor", math.Floor)
	show("Gamma", math.Gamma)
	show("J0", math.J0)
	show("J1", math.J1)
	show("Log", math.Log)
	show("Log10", math.Log10)
	show("Log1p", math.Log1p)
	show("Log2", math.Log2)
	show("Logb", math.Logb)
	show("Round", math.Round)
	show("RoundToEven", math.RoundToEven)
	show("Sin", math.Sin)
	show("Sinh", math.Sinh)
	show("Sqrt", math.Sqrt)
	show("Tan", math.Tan)
	show("Tanh", math.Tanh)
	show("Trunc", math.Trunc)
	show("Y0", math.Y0)
	show("Y1", math.Y1)
	show("Jn3", func(x float64) float64 { return math.Jn(3, x) })
	show("Yn2", func(x float64) float64 { return math.Yn(2, x) })
	show("Lgamma", func(x float64) float64 { l, s := math.Lgamma(x); return l * float64(s) })
	show("Ilogb", func(x float64) float64 { return float64(math.Ilogb(x)) })
	show("Signbit", func(x float64) float64 {
		if math.Signbit(x) {
			return 1
		}
		return 0
	})
	show("IsNaN/IsInf", func(x float64) float64 {
		r := 0.0
		if math.IsNaN(x) {
			r += 1
		}
		if math.IsInf(x, 1) {
			r += 2
		}
		if math.IsInf(x, -1) {
			r += 4
		}
		if math.IsInf(x, 0) {
			r += 8
		}
		return r
	})
	show2("Atan2", math.Atan2)
	show2("Copysign", math.Copysign)
	show2("Dim", math.Dim)
	show2("Hypot", math.Hypot)
	show2("Max", math.Max)
	show2("Min", math.Min)
	show2("Mod", math.Mod)
	show2("Nextafter", math.Nextafter)
	show2("Pow", math.Pow)
	show2("Remainder", math.Remainder)
	show2("FMA", func(x, y float64) float64 { return math.FMA(x, y, 0.25) })
	for _, x := range specials {
		fr, e := math.Frexp(x)
		ip, fp := math.Modf(x)
		s, c := math.Sincos(x)
		println("Frexp", fr, e, "Ldexp", math.Ldexp(fr, e), math.Ldexp(x, -1074), math.Ldexp(x, 1023), "Modf", ip, fp, "Sincos", s, c)
	}
	for _, n := range []int{-400, -324, -1, 0, 1, 22, 308, 309} {
		println("Pow10", n, math.Pow10(n))
	}
	println(math.Float32bits(1.5), math.Float32frombits(0x7f800000), math.Float32bits(float32(math.NaN())) != 0)
	println(math.Float64bits(negZero), math.Float64frombits(0x3ff8000000000000), math.Float64bits(math.NaN()))
	println(math.Nextafter32(1, 2), math.Nextafter32(0, -1), math.Nextafter32(float32(math.Inf(1)), 0))
	println(math.FMA(0.1, 10, -1), 0.1*10-1, math.FMA(math.Inf(1), 0, 1))
	println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.E, math.Phi, math.Ln2, math.SqrtPi)
	bits("Exp", math.Exp)
	bits("Log", math.Log)
	bits("Hypot1", func(x float64) float64 { return math.Hypot(x, 1.5) })
	bits("Sqrt", math.Sqrt)
	bits("Floor", math.Floor)
	bits("Ceil", math.Ceil)
	bits("Trunc", math.Trunc)
	bits("Exp2", math.Exp2)
	bits("Pow", func(x float64) float64 { return math.Pow(x, 0.37) })
	bits("Sin", math.Sin)
	bits("Cbrt", math.Cbrt)
	bits("Log1p", math.Log1p)
}
