package main

// Ranging over maps: iteration order is unspecified, so only sums, counts
// and sorted keys are printed. Also range with key only and with neither.

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func main() {
	m := map[string]int{"apple": 3, "banana": 5, "cherry": 7, "date": 11}
	sum := 0
	for _, v := range m {
		sum += v
	}
	println(sum)
	keys := []string{}
	for k := range m {
		keys = append(keys, k)
	}
	sortStrings(keys)
	for _, k := range keys {
		println(k, m[k])
	}
	n := 0
	for range m {
		n++
	}
	println(n)
	prod := 1
	for k, v := range map[int]int{2: 3, 5: 7} {
		prod *= k * v
	}
	println(prod)
	// Modifying values of existing keys during range is fine.
	for k := range m {
		m[k] *= 2
	}
	sum = 0
	for _, v := range m {
		sum += v
	}
	println(sum)
	var k string
	var v int
	cnt := 0
	for k, v = range m {
		cnt += v + len(k)
	}
	println(cnt)
}
