package main

// Reading from a nil map gives zero values; len is 0; ranging does nothing;
// delete is a no-op; comparing with nil works.

func main() {
	var m map[string]int
	println(m == nil, len(m), m["x"])
	v, ok := m["y"]
	println(v, ok)
	n := 0
	for range m {
		n++
	}
	println(n)
	delete(m, "x")
	clear(m)
	m = map[string]int{}
	println(m == nil, len(m))
	var mm map[int]map[int]string
	println(mm[1][2] == "", len(mm[3]))
}
