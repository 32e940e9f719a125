package main

import "runtime"

// The scheduler's API: GOMAXPROCS changed at run time while goroutines
// work, NumGoroutine counting live goroutines, Gosched as a yield in a wait
// loop, LockOSThread wiring goroutines that then block and wake.

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

var flag int

func main() {
	start := runtime.GOMAXPROCS(0)
	prev := start
	for _, p := range []int{1, 3, 2, 8, 1} {
		old := runtime.GOMAXPROCS(p)
		println("GOMAXPROCS", p, "returned the previous value:", old == prev, runtime.GOMAXPROCS(0) == p)
		println("sums", sums(3000000))
		prev = p
	}
	println("GOMAXPROCS(0) and (-1) change nothing:", runtime.GOMAXPROCS(-1) == 1, runtime.GOMAXPROCS(0) == 1)
	runtime.GOMAXPROCS(start)

	// sums' workers may still be exiting after their last send.
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	base := runtime.NumGoroutine()
	block := make(chan bool)
	for i := 0; i < 10; i++ {
		go func() { <-block }()
	}
	println("NumGoroutine +10:", runtime.NumGoroutine()-base)
	close(block)
	for runtime.NumGoroutine() > base {
		runtime.Gosched()
	}
	println("NumGoroutine back:", runtime.NumGoroutine() == base)

	go func() { flag = 1 }()
	spins := 0
	for flag == 0 {
		runtime.Gosched()
		spins++
	}
	println("Gosched let the other goroutine run:", flag)

	ping, pong := make(chan int), make(chan int)
	done := make(chan int)
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		s := 0
		for v := range ping {
			s += v
			pong <- v * 2
		}
		done <- s
	}()
	runtime.LockOSThread()
	t := 0
	for i := 0; i < 1000; i++ {
		ping <- i
		t += <-pong
	}
	runtime.UnlockOSThread()
	close(ping)
	println("locked ping-pong:", <-done, t)
}
