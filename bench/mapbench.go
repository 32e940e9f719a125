package main

// Map benchmark: insert, lookup (hits and misses), update and delete at
// scale with int and string keys; prints checksums only, so output does
// not depend on iteration order.

func key(i int) string {
	var b [16]byte
	n := len(b)
	for {
		n--
		b[n] = byte('a' + i%26)
		i /= 26
		if i == 0 {
			break
		}
	}
	return string(b[n:])
}

func intMaps(n, rounds int) int {
	check := 0
	for r := 0; r < rounds; r++ {
		m := make(map[int]int)
		for i := 0; i < n; i++ {
			m[i*2654435761%(1<<30)] = i
		}
		for i := 0; i < 2*n; i++ {
			if v, ok := m[i*2654435761%(1<<30)]; ok {
				check += v & 7
			}
		}
		for i := 0; i < n; i += 2 {
			delete(m, i*2654435761%(1<<30))
		}
		for i := 0; i < n; i++ {
			m[i*2654435761%(1<<30)] += 1
		}
		check += len(m)
	}
	return check
}

func stringMaps(n, rounds int) int {
	keys := make([]string, n)
	for i := range keys {
		keys[i] = key(i * 7919)
	}
	check := 0
	for r := 0; r < rounds; r++ {
		m := make(map[string]int)
		for i, k := range keys {
			m[k] = i
		}
		for i := 0; i < n; i++ {
			check += m[keys[(i*31)%n]] & 3
		}
		for i := 0; i < n; i += 3 {
			delete(m, keys[i])
		}
		check += len(m)
		sum := 0
		for _, v := range m {
			sum += v
		}
		check += sum % 1000
	}
	return check
}

type point struct{ x, y int32 }

func structMap(n int) int {
	m := map[point]int{}
	for i := 0; i < n; i++ {
		p := point{int32(i % 1000), int32(i / 1000)}
		m[p] += i
	}
	s := 0
	for i := 0; i < n; i += 7 {
		s += m[point{int32(i % 1000), int32(i / 1000)}] & 15
	}
	return s + len(m)
}

func main() {
	println(intMaps(1000000, 2))
	println(stringMaps(300000, 2))
	println(structMap(1000000))
}
