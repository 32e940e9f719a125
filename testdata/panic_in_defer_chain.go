package main

// A panic in a deferred call while already panicking: gc prints the chain
// of panics, the first one marked as in progress.

func main() {
	defer func() {
		panic("second")
	}()
	println("start")
	panic("first")
}
