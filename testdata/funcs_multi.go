package main

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func named(x int) (sq, cube int) {
	sq = x * x
	cube = sq * x
	return
}

func shadowNamed(x int) (r int) {
	r = x
	{
		r := 100
		_ = r
	}
	return
}

func swap(a, b string) (string, string) { return b, a }

func three() (int8, float64, string) { return -1, 2.5, "three" }

func forward() (int, int) { return divmod(17, 5) }

func sum(a, b int) int { return a + b }

func namedOverride() (x int) {
	x = 5
	return x * 2
}

func zeroNamed() (a int, b string, c bool, d float64) { return }

func main() {
	q, r := divmod(47, 6)
	println(q, r)
	s, c := named(7)
	println(s, c)
	println(shadowNamed(3))
	a, b := swap("x", "y")
	println(a, b)
	i, f, str := three()
	println(i, f, str)
	println(forward())
	println(sum(divmod(10, 3)))
	println(namedOverride())
	za, zb, zc, zd := zeroNamed()
	println(za, "["+zb+"]", zc, zd)
	var x, y int
	x, y = divmod(100, 7)
	x, y = y, x
	println(x, y)
	_, only := divmod(9, 4)
	println(only)
}
