package main

// Anonymous struct types: variables, slices of them, comparison between
// identical anonymous types, as map values and keys, nested and embedded.

type named struct {
	x, y int
}

func center() struct{ x, y int } { return struct{ x, y int }{5, 5} }

func main() {
	pt := struct {
		x, y int
	}{1, 2}
	println(pt.x, pt.y)
	var n named = pt
	println(n.x+n.y, center().x)
	pt = center()
	println(pt == struct{ x, y int }{5, 5}, pt == n)
	people := []struct {
		name string
		age  int
	}{{"a", 1}, {"b", 2}, {name: "c"}}
	total := 0
	for _, p := range people {
		total += p.age
	}
	println(len(people), total, people[2].name)
	conf := map[string]struct {
		on    bool
		level int
	}{"x": {true, 3}}
	println(conf["x"].on, conf["x"].level, conf["y"].on)
	seen := map[struct{ a, b int }]bool{{1, 2}: true}
	println(seen[struct{ a, b int }{1, 2}], seen[struct{ a, b int }{2, 1}])
	nested := struct {
		inner struct{ v []int }
		f     func() int
	}{f: func() int { return 9 }}
	nested.inner.v = append(nested.inner.v, 4)
	println(len(nested.inner.v), nested.f())
	emb := struct {
		named
		z int
	}{named{1, 2}, 3}
	println(emb.x, emb.y, emb.z)
	ptr := &struct{ v int }{7}
	ptr.v++
	println(ptr.v)
	var empty struct{}
	println(empty == struct{}{})
}
