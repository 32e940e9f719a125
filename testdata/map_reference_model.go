package main

// A long pseudo-random sequence of inserts, updates, deletes and lookups
// checked against a direct-indexed slice model.

func main() {
	const space = 5000
	model := make([]int, space)
	present := make([]bool, space)
	m := map[int]int{}
	x := uint64(88172645463325252)
	next := func() uint64 {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		return x
	}
	mismatches := 0
	ops := [4]int{}
	for i := 0; i < 300000; i++ {
		r := next()
		k := int(r>>8) % space
		switch r % 4 {
		case 0, 1:
			v := int(r >> 32)
			m[k] = v
			model[k] = v
			present[k] = true
		case 2:
			delete(m, k)
			present[k] = false
		case 3:
			v, ok := m[k]
			if ok != present[k] || (ok && v != model[k]) {
				mismatches++
			}
		}
		ops[r%4]++
	}
	n := 0
	for k := range present {
		if present[k] {
			n++
			if m[k] != model[k] {
				mismatches++
			}
		}
	}
	println(len(m) == n, mismatches, ops[0]+ops[1], ops[2], ops[3])
	println(n)
}
