package main

// Growth far beyond 100k entries with deletes interleaved; only
// order-independent summaries are printed.

func main() {
	m := make(map[int]int)
	const n = 250000
	for i := 0; i < n; i++ {
		m[i*7] = i
		if i%3 == 2 {
			delete(m, (i-1)*7)
		}
	}
	println(len(m))
	sum := 0
	missing := 0
	for i := 0; i < n; i++ {
		v, ok := m[i*7]
		if ok {
			if v != i {
				println("bad value", i, v)
			}
			sum += v
		} else {
			missing++
		}
	}
	println(sum, missing)
	rsum, rcount := 0, 0
	for k, v := range m {
		if k != v*7 {
			println("bad pair", k, v)
		}
		rsum += v
		rcount++
	}
	println(rsum, rcount)
	for i := 0; i < n; i += 2 {
		delete(m, i*7)
	}
	println(len(m))
	for i := 0; i < n; i++ {
		m[-i] = i
	}
	println(len(m))

	ms := map[string]int{}
	for i := 0; i < 120000; i++ {
		ms[itoa(i)] = i
	}
	total := 0
	for i := 0; i < 120000; i += 1000 {
		total += ms[itoa(i)]
	}
	println(len(ms), total, ms["119999"], ms["120000"])
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
