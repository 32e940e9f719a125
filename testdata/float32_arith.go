package main

// float32 operations round to single precision after every operation.

func main() {
	var a, b float32 = 0.1, 0.2
	println(a+b, a*b, a/b, a-b, a+b == 0.3)
	var x float32 = 1
	for i := 0; i < 30; i++ {
		x = x*1.1 + 0.1
	}
	println(x)
	var s float32
	for i := 0; i < 1000; i++ {
		s += 0.001
	}
	println(s)
	var big float32 = 16777216
	println(big+1, big+2, big+1 == big)
	var m float32 = 3.4e38
	println(m*10, -m*10, m/1e-10)
	var tiny float32 = 1e-45
	println(tiny, tiny/2)
	var f64 = 1.0 / 3.0
	f32 := float32(f64)
	println(f64, f32, float64(f32), float64(f32) == f64)
	var h float32 = 2
	for i := 0; i < 5; i++ {
		h = (h + 2/h) / 2
	}
	println(h, h*h)
	println(float32(16777217), float32(0.1), float32(1e10), float32(123456789))
}
