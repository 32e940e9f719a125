package main

// Go 1.22 loop variables are per iteration: closures created in a loop
// see their own iteration's value, for both 3-clause and range loops.

func main() {
	var fs []func() int
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()

	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	println(gs[0]() + gs[1]() + gs[2]())

	// Mutating i in the body affects that iteration's copy and the
	// next iteration starts from the mutated value.
	var hs []func() int
	for i := 0; i < 10; i++ {
		hs = append(hs, func() int { return i })
		i += 2
	}
	for _, h := range hs {
		print(h(), " ")
	}
	println()

	var ps []*int
	for i := range 3 {
		ps = append(ps, &i)
	}
	println(*ps[0], *ps[1], *ps[2], ps[0] != ps[1])

	// A variable declared outside the loop is shared.
	shared := 0
	var ks []func() int
	for j := 0; j < 3; j++ {
		shared = j
		ks = append(ks, func() int { return shared })
	}
	println(ks[0](), ks[1](), ks[2]())

	// Closure modifying the per-iteration variable.
	for i := 0; i < 3; i++ {
		bump := func() { i += 10 }
		bump()
		print(i, " ")
	}
	println()
}
