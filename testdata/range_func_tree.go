package main

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Walk(yield func(T) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.Walk(yield) && yield(t.Val) && t.Right.Walk(yield)
}

func (t *Tree[T]) All() func(func(T) bool) {
	return func(yield func(T) bool) { t.Walk(yield) }
}

func insert(t *Tree[int], v int) *Tree[int] {
	if t == nil {
		return &Tree[int]{Val: v}
	}
	if v < t.Val {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func Enumerate[T any](seq func(func(T) bool)) func(func(int, T) bool) {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func Filter[T any](seq func(func(T) bool), keep func(T) bool) func(func(T) bool) {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Counter(n int) func(func() bool) {
	return func(yield func() bool) {
		for i := 0; i < n; i++ {
			if !yield() {
				return
			}
		}
	}
}

func firstOver(t *Tree[int], limit int) (found int) {
	defer func() { found *= -1 }()
	for v := range t.All() {
		if v > limit {
			return v
		}
	}
	return 0
}

func main() {
	var root *Tree[int]
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		root = insert(root, v)
	}
	for v := range root.All() {
		print(v, " ")
	}
	println()
	for i, v := range Enumerate(Filter(root.All(), func(x int) bool { return x%20 != 0 })) {
		if i == 4 {
			break
		}
		print(i, ":", v, " ")
	}
	println()
	println(firstOver(root, 55), firstOver(root, 100))

	n := 0
	for range Counter(5) {
		n++
	}
	println(n)

	var fs []func() int
	for i, v := range Enumerate(root.All()) {
		fs = append(fs, func() int { return i*1000 + v })
		if i == 2 {
			break
		}
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()

	counts := map[bool]int{}
outer:
	for v := range root.All() {
		for w := range root.All() {
			if w > v {
				continue outer
			}
			counts[w == v]++
		}
	}
	println(counts[true], counts[false])

	words := &Tree[string]{Val: "m", Left: &Tree[string]{Val: "c"}, Right: &Tree[string]{Val: "x"}}
	s := ""
	for w := range words.All() {
		s += w
	}
	println(s)
}
