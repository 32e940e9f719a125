package main

// Mandelbrot set on an n x n grid over [-1.5,0.5]x[-1,1], 50 iterations,
// escape radius 2; pixels are packed 8 per byte as in the PBM benchmark and
// the bytes are folded into an FNV-1a checksum.

func main() {
	const n = 4000
	const iter = 50
	var hash uint32 = 2166136261
	inside := 0
	var bits byte
	nbits := 0
	for y := 0; y < n; y++ {
		ci := 2*float64(y)/n - 1
		for x := 0; x < n; x++ {
			cr := 2*float64(x)/n - 1.5
			zr, zi, tr, ti := 0.0, 0.0, 0.0, 0.0
			i := 0
			for ; i < iter && tr+ti <= 4; i++ {
				zi = 2*zr*zi + ci
				zr = tr - ti + cr
				tr = zr * zr
				ti = zi * zi
			}
			bits <<= 1
			if tr+ti <= 4 {
				bits |= 1
				inside++
			}
			nbits++
			if nbits == 8 || x == n-1 {
				bits <<= 8 - nbits
				hash ^= uint32(bits)
				hash *= 16777619
				bits, nbits = 0, 0
			}
		}
	}
	println(inside, hash)
}
