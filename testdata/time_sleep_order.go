// time.Sleep from several goroutines: they wake in the order of their
// durations; Sleep(0) and negative durations return at once.
package main

import (
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var order []int
	var wg sync.WaitGroup
	for _, n := range []int{5, 1, 4, 2, 3} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(n) * 40 * time.Millisecond)
			mu.Lock()
			order = append(order, n)
			mu.Unlock()
		}()
	}
	wg.Wait()
	for _, n := range order {
		print(n, " ")
	}
	println()

	start := time.Now()
	time.Sleep(0)
	time.Sleep(-time.Second)
	println("zero and negative sleeps are quick:", time.Since(start) < 50*time.Millisecond)

	start = time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	println("slept at least 20ms:", el >= 20*time.Millisecond, "less than 2s:", el < 2*time.Second)

	done := make(chan string)
	go func() {
		time.Sleep(30 * time.Millisecond)
		done <- "sleeper"
	}()
	go func() {
		done <- "runner"
	}()
	println(<-done, <-done)
}
