//go:build go1.21

package main

// down21's file says go1.21: older loop semantics, but Go 1.21's builtins.
func down21() {
	var ps []*int
	for _, v := range []int{1, 2, 3} {
		ps = append(ps, &v)
	}
	println(*ps[0], *ps[1], *ps[2], max(4, 5))
	clear(ps)
	println(ps[0] == nil)
}
