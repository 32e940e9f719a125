package main

// make(map[K]V, hint) with a hint far beyond what memory can hold: gc treats
// such a hint as no hint at all and makes an empty map, so the program runs
// on.

type big struct {
	a [40]int64
	s string
}

func main() {
	m := make(map[int]int, 1<<40)
	m[1] = 2
	println(len(m), m[1])
	n := make(map[string]big, 1<<45)
	n["x"] = big{s: "y"}
	println(len(n), n["x"].s)
	p := make(map[[200]byte]bool, 1<<55)
	p[[200]byte{1}] = true
	println(len(p), p[[200]byte{1}], p[[200]byte{}])
	hint := 1 << 62
	q := make(map[int8]struct{}, hint)
	q[3] = struct{}{}
	println(len(q))
}
