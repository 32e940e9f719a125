package main

// A select whose channels are all nil blocks forever: deadlock.

func main() {
	var a chan int
	var b chan string
	select {
	case <-a:
	case b <- "x":
	}
}
