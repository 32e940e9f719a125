package main

// iter.Pull: a panic in the iterator that nobody recovers ends the program
// like a panic of the caller of next, after the deferred calls of both.

import (
	"fmt"
	"iter"
)

func main() {
	defer fmt.Println("main's defer")
	next, stop := iter.Pull(func(yield func(int) bool) {
		defer fmt.Println("iterator's defer")
		yield(1)
		panic(fmt.Sprintf("bad value %d", 2))
	})
	defer stop()
	fmt.Println(next())
	fmt.Println(next())
	fmt.Println("not reached")
}
