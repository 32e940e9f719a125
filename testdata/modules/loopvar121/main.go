// A Go 1.21 module: each loop has one variable for all its iterations
// (Go 1.22 made them per iteration), seen through closures, goroutines
// and addresses taken in the loop.
package main

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for i, s := range []string{"a", "bb", "ccc"} {
		fs = append(fs, func() int { return i*10 + len(s) })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()

	var ps []*string
	for _, s := range []string{"x", "y", "z"} {
		ps = append(ps, &s)
	}
	for _, p := range ps {
		print(*p, " ")
	}
	println()

	done := make(chan int)
	release := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			<-release
			done <- i
		}()
	}
	close(release)
	sum := 0
	for n := 0; n < 3; n++ {
		sum += <-done
	}
	println("goroutines saw", sum)

	// Values copied inside the body are per iteration in every version.
	var gs []func() int
	for _, v := range []int{1, 2, 3} {
		v := v
		gs = append(gs, func() int { return v })
	}
	for _, g := range gs {
		print(g(), " ")
	}
	println()

	// A loop variable reassigned in the body.
	var hs []func() int
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			i++
		}
		hs = append(hs, func() int { return i })
	}
	for _, h := range hs {
		print(h(), " ")
	}
	println()
}
