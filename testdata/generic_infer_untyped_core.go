// Type inference settles type parameters from the constraints' core types
// before untyped constant arguments get their default types: S = []byte
// gives E = byte, so '.' is a byte, not a rune.
package main

import (
	"fmt"
	"slices"
)

type celsius float32

func index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if s[i] == v {
			return i
		}
	}
	return -1
}

func fill[S ~[]E, E any](s S, v E) S {
	for i := range s {
		s[i] = v
	}
	return s
}

func pair[K comparable, V any, M ~map[K]V](m M, k K, v V) M {
	m[k] = v
	return m
}

func main() {
	s := "a.b.c"
	fmt.Println(slices.Contains([]byte(s), '.'), slices.Index([]byte(s), 'c'))
	fmt.Println(index([]uint16{5, 7, 9}, 9), index([]celsius{1.5, 2.5}, 2.5))
	f := fill(make([]int8, 3), 'A')
	fmt.Printf("%T %v\n", f, f)
	g := fill(make([]celsius, 2), 1)
	fmt.Printf("%T %v\n", g, g)
	m := pair(map[string]float32{}, "x", 1)
	fmt.Printf("%T %v\n", m, m)
	// Without a typed argument the default type still applies.
	fmt.Printf("%T\n", fill(make([]float64, 1), 2))
}
