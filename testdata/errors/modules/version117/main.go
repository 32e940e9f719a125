package main

import "sort"

type Stack[T interface{}] struct{ items []T }

func Map[T, U interface{}](s []T, f func(T) U) []U {
	r := make([]U, 0, len(s))
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

func main() {
	var s Stack[int]
	_ = s
	_ = Map([]int{1}, func(i int) int { return i })
	_ = Map[int, int]
	x := []int{2, 1}
	sort.Ints(x)
}
