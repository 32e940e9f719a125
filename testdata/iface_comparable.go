package main

// The comparable constraint with generic functions over keys, including
// interface type arguments (Go 1.20).

func index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func dedupe[T comparable](xs []T) []T {
	seen := map[T]bool{}
	out := []T{}
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

type pt struct{ x, y int }

func main() {
	println(index([]int{5, 6, 7}, 7), index([]string{"a", "b"}, "c"))
	println(index([]pt{{1, 2}, {3, 4}}, pt{3, 4}))
	println(index([]any{1, "x", 2.5}, any("x")))
	println(len(dedupe([]int{1, 2, 1, 3, 2, 1})), len(dedupe([]string{"a", "a"})))
	d := dedupe([]any{1, 1, "1", int8(1), nil, nil})
	println(len(d))
	println(index([][2]bool{{true, false}, {false, true}}, [2]bool{false, true}))
}
