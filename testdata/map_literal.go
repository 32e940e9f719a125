package main

// Map literals, indexing, comma-ok lookups and len on small maps with
// string and int keys.

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	println(len(m), m["one"], m["two"], m["three"])
	println(m["four"])
	v, ok := m["two"]
	println(v, ok)
	v, ok = m["zero"]
	println(v, ok)
	_, ok = m["three"]
	println(ok)

	sq := map[int]int{1: 1, 2: 4, 3: 9, -4: 16}
	println(len(sq), sq[-4], sq[3], sq[0])

	empty := map[string]bool{}
	println(len(empty), empty["x"])

	type point struct{ x, y int }
	pts := map[string]point{"a": {1, 2}, "b": {x: 3}}
	println(pts["a"].x, pts["a"].y, pts["b"].x, pts["b"].y, pts["c"].x)

	nested := map[string]map[string]int{"x": {"y": 5}, "z": nil}
	println(nested["x"]["y"], nested["z"]["q"], nested["none"]["q"], len(nested["z"]))

	keys := map[[2]int]string{{1, 2}: "a", {2, 1}: "b"}
	println(keys[[2]int{1, 2}], keys[[2]int{2, 1}], keys[[2]int{1, 1}] == "")
}
