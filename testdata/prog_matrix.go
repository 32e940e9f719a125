package main

const N = 6

type Mat [N][N]float64

func identity() Mat {
	var m Mat
	for i := 0; i < N; i++ {
		m[i][i] = 1
	}
	return m
}

func mul(a, b Mat) Mat {
	var c Mat
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			var s float64
			for k := 0; k < N; k++ {
				s += a[i][k] * b[k][j]
			}
			c[i][j] = s
		}
	}
	return c
}

func det(m Mat) float64 {
	d := 1.0
	for col := 0; col < N; col++ {
		piv := col
		for r := col + 1; r < N; r++ {
			if abs(m[r][col]) > abs(m[piv][col]) {
				piv = r
			}
		}
		if m[piv][col] == 0 {
			return 0
		}
		if piv != col {
			m[piv], m[col] = m[col], m[piv]
			d = -d
		}
		d *= m[col][col]
		for r := col + 1; r < N; r++ {
			f := m[r][col] / m[col][col]
			for c := col; c < N; c++ {
				m[r][c] -= f * m[col][c]
			}
		}
	}
	return d
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func matInt(n int) [][]int64 {
	m := make([][]int64, n)
	for i := range m {
		m[i] = make([]int64, n)
		for j := range m[i] {
			m[i][j] = int64((i*7+j*3)%11 - 5)
		}
	}
	return m
}

func mulInt(a, b [][]int64) [][]int64 {
	n := len(a)
	c := make([][]int64, n)
	for i := range c {
		c[i] = make([]int64, n)
		for k := 0; k < n; k++ {
			aik := a[i][k]
			for j := 0; j < n; j++ {
				c[i][j] += aik * b[k][j]
			}
		}
	}
	return c
}

func main() {
	var a Mat
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			a[i][j] = float64((i+1)*(j+2)%7) - 2.5
		}
	}
	id := identity()
	println(mul(a, id) == a, mul(id, a) == a)
	b := mul(a, a)
	println(b[0][0], b[2][3], b[5][5])
	println(det(a), det(id), det(b))
	m := matInt(40)
	p := m
	for i := 0; i < 5; i++ {
		p = mulInt(p, m)
	}
	var tr int64
	for i := range p {
		tr += p[i][i]
	}
	println(tr, p[0][1], p[39][38])
	var fib [2][2]uint64
	fib = [2][2]uint64{{1, 1}, {1, 0}}
	res := [2][2]uint64{{1, 0}, {0, 1}}
	e := 90
	for e > 0 {
		if e&1 == 1 {
			res = mul2(res, fib)
		}
		fib = mul2(fib, fib)
		e >>= 1
	}
	println(res[0][1])
}

func mul2(x, y [2][2]uint64) [2][2]uint64 {
	var z [2][2]uint64
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			z[i][j] = x[i][0]*y[0][j] + x[i][1]*y[1][j]
		}
	}
	return z
}
