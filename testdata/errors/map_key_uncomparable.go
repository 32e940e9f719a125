package main

// Map key types must be comparable.

type withSlice struct{ s []int }

func main() {
	var a map[[]int]bool            // ERROR "invalid map key type \[\]int"
	b := map[func()]int{}           // ERROR "invalid map key type func\(\)"
	var c map[map[string]int]string // ERROR "invalid map key type map\[string\]int"
	var d map[withSlice]int         // ERROR "invalid map key type withSlice"
	var e map[[2][]int]int          // ERROR "invalid map key type \[2\]\[\]int"
	_, _, _, _, _ = a, b, c, d, e
}
