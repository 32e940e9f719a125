package main

// Maps are references: assigning or passing a map shares the entries.

func fill(m map[string]int, n int) {
	for i := 0; i < n; i++ {
		m[string(rune('a'+i))] = i
	}
}

func replace(m map[string]int) {
	m = map[string]int{"new": 1}
	_ = m
}

func main() {
	m := map[string]int{}
	fill(m, 5)
	println(len(m), m["e"])
	alias := m
	alias["z"] = 26
	println(len(m), m["z"])
	replace(m)
	println(len(m), m["new"])
	type holder struct{ m map[string]int }
	h := holder{m}
	h.m["y"] = 25
	println(m["y"])
	ms := []map[int]int{{}, {}}
	ms[1][5] = 5
	println(len(ms[0]), ms[1][5])
	mk := make(map[int]int, 1000)
	println(len(mk))
}
