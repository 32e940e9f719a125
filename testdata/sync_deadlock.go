// Every goroutine blocked on a sync.Mutex is Go's deadlock.
package main

import "sync"

func main() {
	var mu sync.Mutex
	mu.Lock()
	println("locked once")
	mu.Lock()
}
