package main

// Dot imports: the exported names of slices and strconv are used without
// a qualifier, alongside a qualified import of the same package; generic
// functions are instantiated from the dot-imported names.

import (
	. "slices"
	. "strconv"
	"strings"
)

type Pt struct{ X int }

func describe(s []int) string {
	parts := make([]string, 0, len(s))
	for _, v := range s {
		parts = append(parts, Itoa(v))
	}
	return strings.Join(parts, ",")
}

func main() {
	s := []int{3, 1, 2}
	Sort(s)
	println(describe(s), Contains(s, 2), Index(s, 3), Max(s), Min(s))
	ps := []Pt{{2}, {1}, {3}}
	SortFunc(ps, func(a, b Pt) int { return a.X - b.X })
	println(ps[0].X, ps[1].X, ps[2].X)
	n, err := Atoi("42x")
	println(n, err.Error())
	println(Quote("dot\timport"), FormatInt(255, 16), IsSorted(s))
	r := Repeat([]string{"ab"}, 3)
	println(strings.Join(r, "-"), len(Compact([]int{1, 1, 2, 2, 3})))
	var f func(string) (int, error) = Atoi
	v, _ := f("7")
	println(v)
}
