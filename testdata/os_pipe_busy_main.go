// A reader woken by the poller while main spins on the only P
// (GOMAXPROCS=1 too): the ready goroutine still runs.

package main

import (
	"os"
	"sync/atomic"
	"time"
)

func main() {
	r, w, _ := os.Pipe()
	var got atomic.Bool
	go func() {
		b := make([]byte, 1)
		r.Read(b)
		got.Store(true)
	}()
	go func() {
		time.Sleep(20 * time.Millisecond)
		w.Write([]byte("x"))
	}()
	start := time.Now()
	n := 0
	for !got.Load() {
		n++
		if time.Since(start) > 5*time.Second {
			println("reader never woke")
			return
		}
	}
	println("woke", time.Since(start) < time.Second)
}
