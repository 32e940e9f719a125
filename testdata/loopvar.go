package main

// Go 1.22: each iteration of a for loop has its own copy of the loop
// variables, so taking their address yields distinct variables.

func main() {
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	for _, p := range ps {
		print(*p, " ")
	}
	println()
	var qs []*string
	for _, s := range []string{"a", "b", "c"} {
		qs = append(qs, &s)
	}
	for _, q := range qs {
		print(*q, " ")
	}
	println()
	var rs [3]*int
	for i := range 3 {
		rs[i] = &i
	}
	println(*rs[0], *rs[1], *rs[2])
	var ks []*int
	for i := 0; i < 6; i++ {
		ks = append(ks, &i)
		i++
	}
	for _, p := range ks {
		print(*p, " ")
	}
	println()
	var first *int
	for i := 0; i < 3; i++ {
		if first == nil {
			first = &i
		}
		*first += 10
	}
	println(*first)
	var ptrs []*int
	for i, j := 0, 10; i < 3; i, j = i+1, j-1 {
		ptrs = append(ptrs, &j)
	}
	println(*ptrs[0], *ptrs[1], *ptrs[2])
}
