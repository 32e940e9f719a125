// A reader blocked on a pipe while the only writer sleeps a second first:
// timers and the poller together.

package main

import (
	"os"
	"time"
)

func main() {
	r, w, _ := os.Pipe()
	go func() {
		time.Sleep(time.Second)
		w.Write([]byte("x"))
	}()
	b := make([]byte, 1)
	n, _ := r.Read(b)
	println(n)
}
