// math/cmplx: every function on ordinary values and on infinities, NaNs
// and signed zeros in either part.
package main

import (
	"math"
	"math/cmplx"
)

var nz = math.Copysign(0, -1)

var values = []complex128{
	0, complex(nz, 0), complex(0, nz), 1, -1, 1i, -1i, 2 + 3i, -2.5 + 0.5i, 0.1 - 7i,
	complex(1e300, 1e300), complex(1e-310, -1e-310), complex(math.Inf(1), 0), complex(0, math.Inf(-1)),
	complex(math.NaN(), 1), complex(1, math.NaN()), cmplx.Inf(), cmplx.NaN(), complex(3, 700),
}

func show(name string, f func(complex128) complex128) {
	print(name, ":")
	for _, z := range values {
		print(" ", f(z))
	}
	println()
}

func main() {
	show("Acos", cmplx.Acos)
	show("Acosh", cmplx.Acosh)
	show("Asin", cmplx.Asin)
	show("Asinh", cmplx.Asinh)
	show("Atan", cmplx.Atan)
	show("Atanh", cmplx.Atanh)
	show("Conj", cmplx.Conj)
	show("Cos", cmplx.Cos)
	show("Cosh", cmplx.Cosh)
	show("Cot", cmplx.Cot)
	show("Exp", cmplx.Exp)
	show("Log", cmplx.Log)
	show("Log10", cmplx.Log10)
	show("Sin", cmplx.Sin)
	show("Sinh", cmplx.Sinh)
	show("Sqrt", cmplx.Sqrt)
	show("Tan", cmplx.Tan)
	show("Tanh", cmplx.Tanh)
	show("Pow2.5", func(z complex128) complex128 { return cmplx.Pow(z, 2.5-1i) })
	show("PowZ", func(z complex128) complex128 { return cmplx.Pow(0, z) })
	for _, z := range values {
		r, th := cmplx.Polar(z)
		println(cmplx.Abs(z), cmplx.Phase(z), r, th, cmplx.Rect(r, th), cmplx.IsInf(z), cmplx.IsNaN(z))
	}
}
