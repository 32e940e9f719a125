package main

// iter.Pull and deadlock detection: the main goroutine blocks forever on a
// channel while a coroutine is suspended (its goroutine is blocked, not
// runnable), so every goroutine is asleep.

import (
	"fmt"
	"iter"
)

func main() {
	next, stop := iter.Pull(func(yield func(int) bool) {
		for i := 0; yield(i); i++ {
		}
	})
	defer stop()
	fmt.Println(next())
	fmt.Println(next())
	var never chan int
	ch := make(chan int)
	go func() { <-never }()
	<-ch
}
