package main

// iter.Pull and preemption: the iterator's goroutine spins without calls
// until another goroutine sets a flag, which at GOMAXPROCS=1 needs the
// spinning coroutine to be preempted; the caller of next stays blocked in
// the coroutine meanwhile and resumes when the iterator yields.

import (
	"fmt"
	"iter"
	"sync/atomic"
	"time"
)

func main() {
	var flag atomic.Bool
	var spins int
	next, stop := iter.Pull(func(yield func(int) bool) {
		for round := 0; round < 3; round++ {
			for !flag.Load() {
				spins++
			}
			flag.Store(false)
			if !yield(round) {
				return
			}
		}
	})
	defer stop()
	for i := 0; i < 3; i++ {
		go func() {
			time.Sleep(20 * time.Millisecond)
			flag.Store(true)
		}()
		v, ok := next()
		fmt.Println("round", v, ok)
	}
	fmt.Println(next())
	fmt.Println("spun:", spins > 0)
}
