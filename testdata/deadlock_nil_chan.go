package main

// A send on a nil channel blocks forever: deadlock.

func main() {
	var c chan int
	println("about to block")
	c <- 1
}
