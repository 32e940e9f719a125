package main

// Functions with many parameters and results of mixed kinds: more than fit
// in registers, so some travel on the stack.

type Small struct{ a, b byte }
type Mid struct {
	x int32
	y float32
	s string
}
type Big struct {
	arr [10]int
	m   Mid
}

func mix(a int, b float64, c string, d int8, e float32, f bool, g uint64, h complex128, i Small, j Mid, k Big, l []int, m *int, n int16, o float64, p string) (int, float64, string) {
	sum := a + int(d) + int(g) + int(i.a) + int(i.b) + int(j.x) + k.arr[9] + len(l) + *m + int(n)
	fs := b + float64(e) + real(h) + imag(h) + float64(j.y) + o
	str := c + j.s + k.m.s + p
	if f {
		str += "!"
	}
	return sum, fs, str
}

func tenResults(x int) (int, int, int, int, int, int, int, int, int, int) {
	return x, x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7, x + 8, x + 9
}

func mixedResults(x int) (int8, string, float64, bool, Mid, [3]int, uint16, float32, complex64, *int) {
	p := new(int)
	*p = x * 100
	return int8(x), "s" + string(rune('a'+x)), float64(x) / 4, x%2 == 0, Mid{int32(x), float32(x) * 1.5, "mid"}, [3]int{x, -x, x * x}, uint16(65535 + x), float32(x) + 0.25, complex(float32(x), -1), p
}

func floats(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r float64) float64 {
	return a - b + c - d + e - f + g - h + i - j + k - l + m - n + o - p + q - r
}

func ints(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r int) int {
	return a*1 + b*2 + c*3 + d*4 + e*5 + f*6 + g*7 + h*8 + i*9 + j*10 + k*11 + l*12 + m*13 + n*14 + o*15 + p*16 + q*17 + r*18
}

func passBig(b Big, depth int) Big {
	if depth == 0 {
		return b
	}
	b.arr[depth%10] += depth
	b.m.s += "."
	return passBig(b, depth-1)
}

func main() {
	v := 7
	big := Big{m: Mid{1, 2, "big"}}
	big.arr[9] = 1000
	s, f, str := mix(1, 2.5, "c", -3, 0.5, true, 1<<40, 3+4i, Small{5, 6}, Mid{7, 8.25, "j"}, big, []int{1, 2}, &v, -9, 10.125, "p")
	println(s, f, str)
	println(tenResults(10))
	a, b, c, d, e, g, h, i, j, k := mixedResults(3)
	println(a, b, c, d, e.x, e.y, e.s, g[0], g[1], g[2], h, i, j, *k)
	println(floats(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18.5))
	println(ints(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18))
	r := passBig(big, 25)
	println(r.arr[0], r.arr[5], r.arr[9], r.m.s, big.arr[5], big.m.s)
}
