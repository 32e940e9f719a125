package main

import "runtime"

// runtime.Goexit in the main goroutine: its deferred calls run, the other
// goroutines go on, and when none is left the program dies with Go's
// "no goroutines" fatal error (exit status 2).

func worker(done chan bool) {
	defer func() {
		println("worker: deferred")
		done <- true
	}()
	println("worker: running")
}

func main() {
	done := make(chan bool)
	go worker(done)
	defer println("main: deferred")
	<-done
	runtime.Goexit()
	println("main: not reached")
}
