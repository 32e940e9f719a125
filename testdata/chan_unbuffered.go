package main

// Unbuffered channels hand a value directly from sender to receiver: a
// ping-pong between two goroutines, a pipeline of stages, and directional
// channel types in signatures.

func pinger(in <-chan int, out chan<- int, n int) {
	for i := 0; i < n; i++ {
		v := <-in
		out <- v + 1
	}
}

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func main() {
	ping := make(chan int)
	pong := make(chan int)
	go pinger(ping, pong, 1000)
	v := 0
	for i := 0; i < 1000; i++ {
		ping <- v
		v = <-pong
	}
	println("ping-pong", v)

	total := 0
	for s := range square(square(gen(10))) {
		total += s
	}
	println("sum of fourth powers", total)

	var send chan<- int
	var recv <-chan int
	both := make(chan int)
	send = both
	recv = both
	go func() { send <- 5 }()
	println(<-recv)
}
