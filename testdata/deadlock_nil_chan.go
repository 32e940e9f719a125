package main

func main() {
	var c chan int
	println("about to block")
	c <- 1
}
