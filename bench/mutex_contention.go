// sync.Mutex under contention: eight goroutines increment a shared counter
// under one mutex, with a little work outside it so that waiters queue,
// spin and hand off.
package main

import "sync"

func main() {
	const workers, rounds = 8, 500_000
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			x := w
			for i := 0; i < rounds; i++ {
				x = x*1103515245 + 12345
				mu.Lock()
				counter++
				mu.Unlock()
			}
			_ = x
		}(w)
	}
	wg.Wait()
	println(counter)
}
