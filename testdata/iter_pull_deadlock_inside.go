package main

// iter.Pull and deadlock detection: the iterator blocks forever on a
// channel while the caller of next waits for it.

import (
	"fmt"
	"iter"
)

func main() {
	ch := make(chan int)
	next, _ := iter.Pull(func(yield func(int) bool) {
		yield(1)
		yield(<-ch)
	})
	fmt.Println(next())
	fmt.Println(next())
}
