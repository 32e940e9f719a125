package main

// Large local arrays and deep recursion with big frames grow the goroutine
// stack well past its initial size without overflowing it.

func bigFrame(n int) int {
	var buf [1024]int
	for i := range buf {
		buf[i] = n + i
	}
	if n == 0 {
		return buf[1023]
	}
	return bigFrame(n-1) + buf[n%1024] - buf[(n+1)%1024] + 1
}

func sumLarge() int {
	var a [200000]int32
	for i := range a {
		a[i] = int32(i % 1000)
	}
	s := 0
	for _, v := range a {
		s += int(v)
	}
	return s
}

type Huge struct {
	data [4096]int64
	name string
}

func makeHuge(k int64) Huge {
	var h Huge
	for i := range h.data {
		h.data[i] = k * int64(i)
	}
	h.name = "huge"
	return h
}

func main() {
	println(bigFrame(2000))
	println(sumLarge())
	h := makeHuge(3)
	g := h
	g.data[10] = -1
	println(h.data[10], g.data[10], h.data[4095], g.name)
	var matrix [128][128]float64
	for i := range matrix {
		matrix[i][i] = float64(i)
	}
	t := 0.0
	for i := range matrix {
		t += matrix[i][i]
	}
	println(t)
}
