// sync.Mutex under contention: goroutines increment shared counters under
// one mutex (no update is lost); TryLock fails while the mutex is held and
// succeeds once it is free; Unlock of an unlocked mutex is Go's fatal error.
package main

import (
	"runtime"
	"sync"
)

type tally struct {
	mu     sync.Mutex
	counts [3]int
	total  int
}

func (t *tally) add(i int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.counts[i%3]++
	t.total++
	if i%50 == 0 {
		runtime.Gosched()
	}
}

func main() {
	var t tally
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 3000; i++ {
				t.add(g + i)
			}
		}(g)
	}
	wg.Wait()
	println(t.total, t.counts[0], t.counts[1], t.counts[2])

	var m sync.Mutex
	println(m.TryLock(), m.TryLock())
	locked, release, done := make(chan bool), make(chan bool), make(chan bool)
	go func() {
		m.Lock()
		locked <- true
		<-release
		m.Unlock()
		done <- true
	}()
	m.Unlock()
	<-locked
	println(m.TryLock())
	release <- true
	<-done
	println(m.TryLock())

	var l sync.Locker = &m
	l.Unlock()
	l.Unlock()
}
