package main

// Struct and array keys: field-wise equality, padding must not matter,
// string fields compared by content, nested arrays.

type key struct {
	a int8
	b int64
	s string
}

type pair struct{ x, y int }

type withBlank struct {
	a int32
	_ int32
	b int32
}

func main() {
	m := map[key]int{}
	m[key{1, 2, "x"}] = 1
	m[key{1, 2, "y"}] = 2
	s := "x"
	m[key{1, 2, s + ""}] += 10
	println(len(m), m[key{1, 2, "x"}], m[key{1, 2, "y"}], m[key{1, 3, "x"}])

	grid := map[pair]bool{}
	for i := 0; i < 10; i++ {
		for j := 0; j < 10; j++ {
			if (i+j)%3 == 0 {
				grid[pair{i, j}] = true
			}
		}
	}
	println(len(grid), grid[pair{0, 0}], grid[pair{1, 2}], grid[pair{1, 1}])

	arr := map[[3]string]int{}
	arr[[3]string{"a", "b", "c"}] = 1
	arr[[3]string{"a", "bc", ""}] = 2
	arr[[3]string{"ab", "c", ""}] = 3
	println(len(arr), arr[[3]string{"a", "b", "c"}], arr[[3]string{"ab", "c", ""}])

	nest := map[[2][2]int]int{{{1, 2}, {3, 4}}: 10}
	println(nest[[2][2]int{{1, 2}, {3, 4}}], nest[[2][2]int{{1, 2}, {4, 3}}])

	wb := map[withBlank]int{}
	wb[withBlank{a: 1, b: 2}] = 5
	println(wb[withBlank{a: 1, b: 2}], len(wb))

	empty := map[struct{}]int{}
	empty[struct{}{}] = 1
	empty[struct{}{}] = 2
	println(len(empty), empty[struct{}{}])

	z := map[[0]int]string{{}: "z"}
	println(z[[0]int{}])
}
