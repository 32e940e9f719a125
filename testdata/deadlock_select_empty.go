package main

// select {} blocks forever: once the other goroutine is done, deadlock.

func main() {
	done := make(chan bool)
	go func() { done <- true }()
	<-done
	println("waiting forever")
	select {}
}
