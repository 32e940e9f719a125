package main

// Assignment, compound assignment, increment through map index, delete,
// delete of absent keys and clear.

func main() {
	m := make(map[string]int)
	m["a"] = 1
	m["b"] = 2
	m["a"] += 10
	m["c"]++
	m["c"]++
	m["d"] -= 5
	println(len(m), m["a"], m["b"], m["c"], m["d"])
	delete(m, "b")
	println(len(m), m["b"])
	_, ok := m["b"]
	println(ok)
	delete(m, "nothere")
	println(len(m))
	m["b"] = 7
	println(len(m), m["b"])

	var nilmap map[string]int
	delete(nilmap, "x")
	println(len(nilmap))

	clear(m)
	println(len(m), m["a"])
	m["z"] = 26
	println(len(m), m["z"])

	counts := map[int]int{}
	for i := 0; i < 100; i++ {
		counts[i%7]++
	}
	total := 0
	for k := 0; k < 7; k++ {
		print(counts[k], " ")
		total += counts[k]
	}
	println(total, len(counts))

	type rec struct {
		n    int
		name string
	}
	rm := map[int]rec{}
	rm[1] = rec{1, "one"}
	r := rm[1]
	r.n = 100
	println(rm[1].n, r.n, rm[1].name)
}
