package main

type key struct {
	name string
	n    [2]int8
}

func main() {
	m := map[int]int{}
	for i := 0; i < 1000; i++ {
		m[i] = i * 2
	}
	// Delete every odd key during iteration; each deleted key not yet
	// reached must not be produced.
	seen := 0
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		} else {
			delete(m, k+1)
		}
		seen++
	}
	println("seen", seen <= 1000, "left", len(m))
	sum := 0
	for k, v := range m {
		if v != 2*k || k%2 != 0 {
			println("bad", k, v)
		}
		sum += k
	}
	println("sum", sum)

	// Delete everything during iteration: the loop sees each entry at most once.
	count := 0
	for k := range m {
		delete(m, k)
		count++
	}
	println(count <= 500, len(m))

	// Adding during iteration terminates and keeps everything.
	g := map[string]int{"a": 1}
	for k, v := range g {
		if v < 50 {
			g[k+"x"] = v + 1
		}
	}
	println(len(g) >= 2)

	sk := map[key][]string{}
	for i := 0; i < 20; i++ {
		k := key{name: string(rune('a' + i%3)), n: [2]int8{int8(i % 2), -1}}
		sk[k] = append(sk[k], string(rune('A'+i)))
	}
	println(len(sk))
	for _, name := range []string{"a", "b", "c"} {
		for _, p := range []int8{0, 1} {
			println(name, p, len(sk[key{name, [2]int8{p, -1}}]))
		}
	}
	for k := range sk {
		if k.n[0] == 1 {
			delete(sk, k)
		}
	}
	println(len(sk))
	clear(sk)
	println(len(sk))
	sk[key{}] = nil
	v, ok := sk[key{}]
	println(v == nil, ok, len(sk))

	fm := map[float64]int{}
	nan := 0.0
	nan = nan / nan
	fm[nan] = 1
	fm[nan] = 2
	fm[0.0] = 3
	negz := 0.0
	negz = -negz
	fm[negz] = 4
	println(len(fm), fm[0])
	n := 0
	for k, v := range fm {
		if k != k {
			n += v
		}
	}
	println(n)
	delete(fm, nan)
	println(len(fm))
	clear(fm)
	println(len(fm))
}
