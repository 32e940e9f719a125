package main

func main() {
	a, b := 0.1, 0.2
	println(a+b, a+b == 0.3, a*b, a/b, a-b)
	x := 1.0
	for i := 0; i < 10; i++ {
		x = x*1.5 + 0.25
		print(x, " ")
	}
	println()
	y := 1e308
	println(y*10, -y*10, y/1e-10)
	z := 5e-324
	println(z, z/2, z*0.5, -z)
	println(1.0/3.0, 2.0/3.0, 10.0/3.0)
	var sum float64
	for i := 1; i <= 100; i++ {
		sum += 1 / float64(i)
	}
	println("harmonic", sum)
	h := 2.0
	for i := 0; i < 6; i++ {
		h = (h + 2/h) / 2
	}
	println("sqrt2", h, h*h)
	var f = 123456.789
	println(-f, f*f, f/7, float64(int64(f)))
	println(float64(1<<53), float64(1<<53+1), float64(1<<62))
}
