package main

// Every goroutine blocked: Go's fatal deadlock error, exit status 2.

func main() {
	c := make(chan int)
	go func() {
		println("helper done")
	}()
	<-c
}
