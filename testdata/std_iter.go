package main

import (
	"iter"
	"maps"
	"slices"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs() iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		_ = yield("a", 1) && yield("b", 2) && yield("c", 3)
	}
}

func main() {
	for v := range count(3) {
		println("v", v)
	}
	for k, v := range pairs() {
		println(k, v)
	}

	next, stop := iter.Pull(count(4))
	for {
		v, ok := next()
		if !ok {
			break
		}
		println("pulled", v)
	}
	v, ok := next()
	println(v, ok)
	stop()

	next2, stop2 := iter.Pull2(pairs())
	k, x, ok := next2()
	println(k, x, ok)
	stop2()
	k, x, ok = next2()
	println(k == "", x, ok)

	// Stopping early runs the iterator's cleanup.
	cleanup := func(yield func(int) bool) {
		defer println("iterator done")
		for i := 0; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
	n3, s3 := iter.Pull(cleanup)
	a, _ := n3()
	b, _ := n3()
	println(a, b)
	s3()
	println("stopped")

	m := map[string]int{"x": 1, "y": 2, "z": 3}
	keys := slices.Sorted(maps.Keys(m))
	for _, k := range keys {
		print(k, " ")
	}
	println()
	vals := slices.Sorted(maps.Values(m))
	println(vals[0], vals[1], vals[2])
	c := maps.Clone(m)
	c["w"] = 0
	println(len(m), len(c), maps.Equal(m, c))
	delete(c, "w")
	println(maps.Equal(m, c))
	maps.DeleteFunc(c, func(k string, v int) bool { return v > 1 })
	println(len(c), c["x"])
	d := maps.Collect(pairs())
	println(len(d), d["b"])
	maps.Copy(d, map[string]int{"q": 9})
	println(len(d), d["q"])
	ins := map[int]string{}
	maps.Insert(ins, slices.All([]string{"zero", "one"}))
	println(ins[0], ins[1])
	println(maps.EqualFunc(m, m, func(a, b int) bool { return a == b }))
	var nilmap map[string]int
	println(maps.Clone(nilmap) == nil)
}
