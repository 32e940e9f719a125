package main

// print/println formatting of floats: the shortest decimal that reads back
// to the same value, with an exponent for very large and very small numbers.

func main() {
	vals := []float64{0, 1, -1, 0.5, 0.1, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e20, 1e21, 1e22, 123456789012345678, 1e-4, 1e-5, 1e-6, 1e-7, 0.000123, 5e-324, 1.7976931348623157e308, 3.141592653589793, 2.718281828459045, 1.25e-10, 99999999999999999999.0, 12345.6789}
	for _, v := range vals {
		println(v, -v)
	}
	f32 := []float32{0, 1, 0.1, 1.0 / 3, 3.4028235e38, 1e-45, 16777216, 16777217, 1e10, 1.5e-7, 7.0}
	for _, v := range f32 {
		println(v, -v)
	}
	print(1.5, 2.5, "\n")
	print(float32(0.25), "\n")
}
