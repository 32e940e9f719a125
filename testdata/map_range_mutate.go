package main

// The spec: an entry deleted during iteration that was not yet reached is
// not produced; an entry added may or may not be produced. Checks are
// order independent.

func main() {
	m := map[int]bool{}
	for i := 0; i < 100; i++ {
		m[i] = true
	}
	seen := 0
	for k := range m {
		seen++
		// delete the partner of every key; whichever comes first wins
		delete(m, k^1)
	}
	println(seen, len(m))

	// Delete everything during the first iteration: exactly one iteration.
	m2 := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	iters := 0
	for k := range m2 {
		iters++
		for k2 := range m2 {
			if k2 != k {
				delete(m2, k2)
			}
		}
	}
	println(iters, len(m2))

	// Adding during range: the loop terminates and all original keys are seen.
	m3 := map[int]int{}
	for i := 0; i < 10; i++ {
		m3[i] = i
	}
	origSeen := 0
	for k := range m3 {
		if k < 10 {
			origSeen++
		}
		if k < 1000 {
			m3[k+1000] = k
		}
	}
	println(origSeen, len(m3) >= 20)

	// clear during range stops producing entries.
	m4 := map[int]int{1: 1, 2: 2, 3: 3}
	it := 0
	for range m4 {
		it++
		clear(m4)
	}
	println(it, len(m4))

	// delete the current key
	m5 := map[int]int{}
	for i := 0; i < 1000; i++ {
		m5[i] = i
	}
	s := 0
	for k, v := range m5 {
		s += v
		delete(m5, k)
	}
	println(s, len(m5))
}
