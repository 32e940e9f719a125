// sync.RWMutex: many readers hold the lock together, a writer excludes
// them, and a waiting writer blocks new readers (no writer starvation).
package main

import "sync"

func main() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	shared := map[int]int{}
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				rw.Lock()
				shared[i%10] += w + 1
				rw.Unlock()
			}
		}(w)
	}
	sums := make([]int, 8)
	for r := 0; r < 8; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				rw.RLock()
				s := 0
				for _, v := range shared {
					s += v
				}
				if s > sums[r] {
					sums[r] = s
				}
				rw.RUnlock()
			}
		}(r)
	}
	wg.Wait()
	total := 0
	for _, v := range shared {
		total += v
	}
	println(total)
	ok := true
	for _, s := range sums {
		ok = ok && s <= total
	}
	println(ok)

	// Readers share: two RLocks at once; TryLock fails while they hold it.
	rw.RLock()
	println(rw.TryRLock(), rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	println(rw.TryLock(), rw.TryRLock())
	rw.Unlock()

	// A writer waiting for a reader: the reader's RUnlock lets it in.
	rw.RLock()
	got := make(chan string, 2)
	go func() {
		rw.Lock()
		got <- "writer"
		rw.Unlock()
	}()
	got <- "reader done"
	rw.RUnlock()
	println(<-got)
	println(<-got)
	rw.Lock()
	rw.Unlock()
}
