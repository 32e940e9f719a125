package main

// iter.Pull: runtime.Goexit in the iterator ends the main goroutine that
// called next; its deferred calls run, the other goroutines go on, and
// when they are done the program dies as after main's own Goexit.

import (
	"fmt"
	"iter"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(5 * time.Millisecond)
		fmt.Println("other goroutine still ran")
	}()
	defer fmt.Println("main's deferred call")
	next, stop := iter.Pull(func(yield func(string) bool) {
		defer fmt.Println("iterator's deferred call")
		yield("first")
		runtime.Goexit()
	})
	defer stop()
	fmt.Println(next())
	fmt.Println(next())
	fmt.Println("not reached")
}
