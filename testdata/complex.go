package main

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	println(a, b, a+b, a-b, a*b, a/b)
	println(real(a*b), imag(a*b), a == b, a != b, a == complex(1, 2))
	var c complex128
	println(c, -a, a*a*a)
	z := 0 + 0i
	for i := 0; i < 5; i++ {
		z = z*z + complex(-0.5, 0.5)
	}
	println(z)
	var f float64 = 2
	d := complex(f, -f)
	println(d, real(d), imag(d))
	one := 1 + 0i
	var zero complex128
	println(one/zero, zero/zero)
	const k = 2i * 2i
	println(k, real(k))
	var c64 complex64 = complex64(a)
	println(c64, c64*c64, real(c64), imag(c64))
	x := complex(float32(1.5), float32(-0.25))
	println(x, x*x)
	println(complex128(x) == complex(1.5, -0.25))
	i := 1i
	println(i*i, i*i*i*i)
}
