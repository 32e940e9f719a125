package main

// Unbuffered ping-pong: two goroutines hand a counter back and forth.

func main() {
	const n = 2000000
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < n; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	println(v)
}
