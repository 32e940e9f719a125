// Untyped float constants beyond gc's exact range (fractions whose parts
// reach 4096 bits, literals with binary exponents beyond ±4096) are kept
// as 512-bit floats, so small terms are lost and results round as gc's do.
package main

const (
	big    = 1e300 * 1e300 // exact: well within 4096 bits
	f      = big + 1 - big // 1
	huge   = 1e5000        // a 512-bit float
	g      = huge + 1 - huge
	h      = (1.0/3.0)*3.0 - 1
	k      = 1e-5000 * 1e5000
	p4096  = 0x1p4000 * 0x1p100 // 2^4100: beyond exact fractions
	lost   = p4096 + 1 - p4096 // 2^4100 + 1 needs 4101 bits: rounded
	kept   = p4096/65536 + 1 - p4096/65536
	third  = 1e5000 / 3e5000
	tiny   = 1e-5000
	back   = tiny * 1e5010 // 1e10, rounded through 512 bits
	ratio  = huge / 1e4990
	sq     = huge * huge / huge / huge
	small  = 1 / huge * huge
	eps    = 0x1p-600
	near1  = huge*(1+eps) - huge - huge*eps
	c1     = complex(1e5000, 1) + complex(1, 1e-5000)
	c2     = c1 - complex(1e5000, 0)
	c3     = complex(1e5000, 1e5000) * complex(1e-5000, -1e-5000)
	c4     = complex(1e5000, 2e5000) / complex(1e5000, 0)
	digits = 1.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001e5000 - 1e5000
)

func main() {
	println(f == 0, g == 0, h == 0, k)
	println(lost == 0, kept == 1)
	println(huge > big, -huge < -big, tiny > 0, tiny < 1e-300, huge == 1e5000, huge == 1e5000+1)
	var x float64 = third
	println(x, float64(back), float64(ratio), float64(sq), float64(small))
	println(k == 1, back == 1e10, ratio == 1e10, near1 == 0)
	var y float32 = 1e5000 / 1e4962
	println(y, float32(third))
	println(real(c2), imag(c2), real(c1) == huge, imag(c1) == 1)
	println(complex128(c3), complex64(c4))
	println(digits == 0, float64(digits/1e4900))
	const i = 1<<511 - 1 + (1<<511 - 1) // 512 bits: fine
	println(i>>500, float64(i)*0)
	println(float64(1e5000/7e4999) == 1.0/0.7, float64(1e-5000/7e-5001) == 10.0/7)
	println(float64(1e5000/7e4999), float64(1e-5000/7e-5001), 1e5000/7e4999 == 1.0/0.7)
	const third2 = (1e5000 + 1e5000 + 1e5000) / 9e5000
	println(third2 == 1.0/3, float64(third2) == 1.0/3, third == third2)
}
