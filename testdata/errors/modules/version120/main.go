package main

import "unsafe"

type List[T any] []T

type A[T any] = List[T]

func Map[T, U any](s []T, f func(T) U) []U {
	var r []U
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

func seq(yield func(int) bool) {}

func main() {
	for i := range 10 {
		println(i)
	}
	n := 3
	for range n {
	}
	for x := range seq {
		println(x)
	}
	m := map[int]int{}
	clear(m)
	println(min(1, 2), max(3, 4))
	s := "hi"
	println(unsafe.StringData(s) != nil, unsafe.String(unsafe.StringData(s), 1))
	println(len(Map([]int{1}, func(i int) int { return i })))
	var a A[int]
	_ = a
}
