package main

// iter.Pull on a thread-locked goroutine: the coroutine goroutine inherits
// the lock while it runs, including while it parks on a channel and
// yields the processor, and gives it back at each switch.

import (
	"fmt"
	"iter"
	"runtime"
	"time"
)

func main() {
	runtime.LockOSThread()
	ch := make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			time.Sleep(time.Millisecond)
			ch <- i
		}
		close(ch)
	}()
	next, stop := iter.Pull(func(yield func(int) bool) {
		for v := range ch {
			runtime.Gosched()
			if !yield(v) {
				return
			}
		}
	})
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println(v)
	}
	stop()
	runtime.UnlockOSThread()
	fmt.Println("ok")
}
