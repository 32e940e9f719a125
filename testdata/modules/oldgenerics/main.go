// A go 1.20 module calls generic std functions whose bodies use newer
// features (range over integers and functions, min, max): those bodies
// are checked under their own package's version, not this module's.
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	s := []int{3, 1, 2}
	slices.Sort(s)
	fmt.Println(s, slices.Max(s), slices.Min(s), slices.Index(s, 2), slices.Repeat(s, 2))
	m := map[string]int{"b": 2, "a": 1}
	fmt.Println(slices.Sorted(maps.Keys(m)), slices.Collect(maps.Values(map[int]int{1: 9})))
	fmt.Println(slices.Chunk(s, 2) != nil, strings.Repeat("x", 3))
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	fmt.Println(fs[0](), fs[2]())
}
