package main

// Many goroutines at once, each blocked until released, then a chain of
// goroutines passing a token (goroutine stacks are reused as they exit).

func main() {
	const n = 10000
	release := make(chan bool)
	results := make(chan int, n)
	for i := 0; i < n; i++ {
		go func() {
			<-release
			results <- i
		}()
	}
	close(release)
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-results
	}
	println(sum)

	first := make(chan int)
	in := first
	for i := 0; i < 1000; i++ {
		out := make(chan int)
		go func(in <-chan int, out chan<- int) {
			out <- 1 + <-in
		}(in, out)
		in = out
	}
	first <- 0
	println(<-in)

	for round := 0; round < 3; round++ {
		done := make(chan bool)
		for i := 0; i < 1000; i++ {
			go func() { done <- true }()
		}
		for i := 0; i < 1000; i++ {
			<-done
		}
	}
	println("rounds done")
}
