package main

func main() {
	fs := []float64{0, 0.5, 0.9999, 1.5, -1.5, -0.5, 2.5, 1e9, -1e9, 3e18, -3e18, 9.2e18, 123.999, -123.999}
	for _, f := range fs {
		println(f, int64(f), int32(int64(f)), int(f))
	}
	us := []float64{0, 1.9, 255.9, 65535.5, 4e9, 1.8e19}
	for _, f := range us {
		println(f, uint64(f), uint8(uint64(f)), uint32(uint64(f)))
	}
	for _, f := range []float64{100.7, -100.7, 127.9, -128.9} {
		println(int8(f), int16(f), uint8(int8(f)))
	}
	is := []int64{0, 1, -1, 1 << 53, 1<<53 + 1, 1<<62 + 1, -9223372036854775808, 9223372036854775807}
	for _, i := range is {
		println(i, float64(i), float32(i))
	}
	var u uint64 = 18446744073709551615
	println(float64(u), float32(u))
	u = 1<<63 + 1
	println(float64(u))
	var u32 uint32 = 4294967295
	println(float64(u32), float32(u32))
	var i8 int8 = -128
	println(float64(i8), float32(i8))
	var f32 float32 = 0.1
	println(float64(f32), float32(float64(f32)) == f32)
	d := 1e39
	println(float32(d), float32(-d), float32(1e-46))
	var c = 7
	println(float64(c)/2, c/2)
}
