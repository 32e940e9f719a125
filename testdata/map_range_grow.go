package main

// Inserting many new entries while ranging (forcing the map to grow in the
// middle of iteration): every original key is produced exactly once, and
// no key is produced twice.

func main() {
	m := map[int]int{}
	for i := 0; i < 64; i++ {
		m[i] = 0
	}
	seen := map[int]int{}
	for k := range m {
		seen[k]++
		if k < 64 {
			for j := 0; j < 100; j++ {
				m[1000+k*100+j] = 1
			}
		}
	}
	orig, dup := 0, 0
	for k, c := range seen {
		if k < 64 {
			orig++
		}
		if c != 1 {
			dup++
		}
	}
	println(orig, dup, len(m))
}
