//go:build go1.21

package main

func old() {
	for i := range 3 {
		println(i)
	}
	clear(map[int]int{})
}
