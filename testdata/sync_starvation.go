// sync.Mutex starvation mode: a goroutine that keeps re-locking the mutex
// right after unlocking it cannot starve a waiter, because a waiter blocked
// for over 1 ms switches the mutex to hand-off (starvation) mode.
package main

import (
	"runtime"
	"sync"
	"sync/atomic"
)

func spin(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i ^ (s >> 3)
	}
	return s
}

func main() {
	var mu sync.Mutex
	var waiterDone atomic.Bool
	var roundsBefore atomic.Int64
	stop := make(chan bool)
	started := make(chan bool)
	go func() {
		for i := 0; ; i++ {
			mu.Lock()
			if i == 0 {
				started <- true
			}
			spin(20000)
			mu.Unlock()
			if !waiterDone.Load() {
				roundsBefore.Add(1)
			}
			select {
			case <-stop:
				return
			default:
			}
		}
	}()
	<-started
	mu.Lock()
	waiterDone.Store(true)
	mu.Unlock()
	println("waiter got the mutex")
	stop <- true
	runtime.Gosched()
	println(roundsBefore.Load() < 100000)
}
