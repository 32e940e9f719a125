package main

// Pointer keys: identity, not contents; nil pointer key.

type node struct{ v int }

func main() {
	a := &node{1}
	b := &node{1}
	m := map[*node]string{a: "a", b: "b"}
	println(len(m), m[a], m[b])
	c := a
	m[c] = "c"
	println(len(m), m[a])
	var np *node
	m[np] = "nil"
	println(len(m), m[nil])
	nodes := make([]*node, 50)
	idx := map[*node]int{}
	for i := range nodes {
		nodes[i] = &node{i}
		idx[nodes[i]] = i
	}
	sum := 0
	for i := range nodes {
		sum += idx[nodes[i]]
	}
	println(len(idx), sum, idx[&node{3}])
	arr := [4]int{}
	pm := map[*int]int{&arr[0]: 0, &arr[1]: 1, &arr[3]: 3}
	println(pm[&arr[1]], pm[&arr[3]], pm[&arr[2]], len(pm))
}
