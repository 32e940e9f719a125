// bench: speedup
package main

// CPU-bound work split over 8 goroutines that share nothing until they
// report: bench/run times it at GOMAXPROCS=1 and GOMAXPROCS=2 and prints
// the speedup (ideal: 2.0 on two idle cores).

func collatz(lo, hi int) int {
	best := 0
	for n := lo; n < hi; n++ {
		steps := 0
		for x := n; x != 1; steps++ {
			if x&1 == 0 {
				x >>= 1
			} else {
				x = 3*x + 1
			}
		}
		if steps > best {
			best = steps
		}
	}
	return best
}

func main() {
	const workers, per = 8, 250000
	out := make(chan int)
	for w := 0; w < workers; w++ {
		go func(w int) { out <- collatz(1+w*per, 1+(w+1)*per) }(w)
	}
	best := 0
	for w := 0; w < workers; w++ {
		if b := <-out; b > best {
			best = b
		}
	}
	println("longest chain below", workers*per+1, "takes", best, "steps")
}
