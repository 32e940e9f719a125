package main

// Goroutine creation and exit: batches of goroutines that each send one
// value and return.

func main() {
	const batches = 200
	const per = 5000
	done := make(chan int, per)
	total := 0
	for b := 0; b < batches; b++ {
		for i := 0; i < per; i++ {
			go func() { done <- 1 }()
		}
		for i := 0; i < per; i++ {
			total += <-done
		}
	}
	println(total)
}
