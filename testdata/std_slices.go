package main

import (
	"cmp"
	"slices"
)

type person struct {
	name string
	age  int
}

func show(s []int) {
	print("[")
	for i, v := range s {
		if i > 0 {
			print(" ")
		}
		print(v)
	}
	println("]", len(s))
}

func main() {
	s := []int{5, 2, 8, 1, 9, 3}
	slices.Sort(s)
	show(s)
	i, found := slices.BinarySearch(s, 8)
	println(i, found)
	i, found = slices.BinarySearch(s, 4)
	println(i, found)
	println(slices.Index(s, 9), slices.Contains(s, 7), slices.Max(s), slices.Min(s))
	show(slices.Insert(s, 2, 100, 101))
	show(slices.Delete(slices.Clone(s), 1, 3))
	r := slices.Clone(s)
	slices.Reverse(r)
	show(r)
	println(slices.Equal(s, r), slices.Compare(s, r), slices.Compare(r, s))
	show(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	show(slices.Repeat([]int{7, 8}, 3))
	show(slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}))
	println(slices.IndexFunc(s, func(v int) bool { return v > 4 }))
	println(slices.ContainsFunc(s, func(v int) bool { return v < 0 }))
	show(slices.DeleteFunc([]int{1, 2, 3, 4, 5, 6}, func(v int) bool { return v%2 == 0 }))
	g := slices.Grow([]int{1}, 10)
	println(len(g), cap(g) >= 11)
	show(slices.Clip(g))
	println(slices.Clone([]int(nil)) == nil)

	people := []person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}}
	slices.SortStableFunc(people, func(a, b person) int { return cmp.Compare(a.age, b.age) })
	for _, p := range people {
		print(p.name, ":", p.age, " ")
	}
	println()
	slices.SortFunc(people, func(a, b person) int {
		return cmp.Or(cmp.Compare(b.age, a.age), cmp.Compare(a.name, b.name))
	})
	for _, p := range people {
		print(p.name, " ")
	}
	println()
	j, ok := slices.BinarySearchFunc(people, "Carol", func(p person, n string) int { return cmp.Compare(p.name, n) })
	println(j, ok)
	println(slices.IsSorted(s), slices.IsSortedFunc(people, func(a, b person) int { return cmp.Compare(a.name, b.name) }))

	words := []string{"pear", "apple", "fig", "banana"}
	slices.Sort(words)
	for _, w := range words {
		print(w, " ")
	}
	println()
	println(slices.MaxFunc(words, func(a, b string) int { return cmp.Compare(len(a), len(b)) }))

	for i, v := range slices.All([]string{"x", "y"}) {
		println(i, v)
	}
	for v := range slices.Values([]int{10, 20}) {
		println(v)
	}
	for i, v := range slices.Backward([]int{1, 2, 3}) {
		print(i, "=", v, " ")
	}
	println()
	show(slices.Collect(slices.Values([]int{4, 5, 6})))
	show(slices.Sorted(slices.Values([]int{3, 1, 2})))
	show(slices.AppendSeq([]int{0}, slices.Values([]int{1, 2})))
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		show(c)
	}
	f := []float64{2.5, -1, 0}
	slices.Sort(f)
	println(len(f), f[0], f[2])
	show(slices.Replace([]int{1, 2, 3, 4}, 1, 3, 9))
}
