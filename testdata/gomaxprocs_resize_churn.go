package main

import "runtime"

func work(id, n int, out chan [2]int) {
	s := 0
	for i := 0; i < n; i++ {
		s += (i ^ id) & 7
	}
	out <- [2]int{id, s}
}

func sums(n int) int {
	out := make(chan [2]int)
	for id := 0; id < 6; id++ {
		go work(id, n, out)
	}
	total := 0
	for i := 0; i < 6; i++ {
		r := <-out
		total += r[0]*1000000007 + r[1]
	}
	return total
}

// GOMAXPROCS shrinks and grows while goroutines work and Ms hand Ps
// over: a P being handed to an M must not be linked on the idle list a
// second time (that made a cycle and hung procresize under load).
func main() {
	for k := 0; k < 50; k++ {
		for _, p := range []int{1, 3, 2, 8, 1} {
			runtime.GOMAXPROCS(p)
			sums(300000)
		}
	}
	println("ok")
}
