package main

func main() {
	var a complex64 = 1.1 + 2.2i
	var b complex64 = 3.3 - 4.4i
	println(a+b, a-b, a*b, a/b)
	var s complex64
	for i := 0; i < 10; i++ {
		s += a * complex(float32(i), 0)
	}
	println(s, real(s), imag(s))
	w := complex128(b)
	println(w, complex64(w) == b)
	var arr [3]complex64
	arr[1] = 2i
	println(arr[0], arr[1], arr[2], arr[1]*arr[1])
}
