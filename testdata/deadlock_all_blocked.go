package main

// Goroutines blocked on each other, and main blocked on a send.

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() { <-a; b <- 1 }()
	go func() { <-b; a <- 1 }()
	c := make(chan int)
	c <- 1
}
