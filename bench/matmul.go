package main

// Dense float64 matrix multiplication on [][]float64 (i-k-j loop order),
// bounds-checked slice indexing in the inner loop; prints the trace.

func newMatrix(n int, seed float64) [][]float64 {
	m := make([][]float64, n)
	for i := range m {
		m[i] = make([]float64, n)
		for j := range m[i] {
			m[i][j] = seed * float64(i-j) / float64(n) * float64(i+j)
		}
	}
	return m
}

func mul(a, b [][]float64) [][]float64 {
	n := len(a)
	c := make([][]float64, n)
	for i := range c {
		ci := make([]float64, n)
		for k, aik := range a[i] {
			bk := b[k]
			for j := range ci {
				ci[j] += aik * bk[j]
			}
		}
		c[i] = ci
	}
	return c
}

func main() {
	n := 800
	a := newMatrix(n, 1.0)
	b := newMatrix(n, 2.0)
	c := mul(a, b)
	for rep := 0; rep < 2; rep++ {
		c = mul(c, b)
		for i := range c {
			for j := range c[i] {
				c[i][j] /= 1e6
			}
		}
	}
	tr := 0.0
	for i := 0; i < n; i++ {
		tr += c[i][i]
	}
	println(tr, c[n/2][n/3])
}
