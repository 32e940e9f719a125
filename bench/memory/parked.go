// Parks N goroutines (default a million) on a channel, then reports and
// keeps running (a goroutine yielding in a loop, so the runtime sees no
// deadlock) until killed: bench/memory measures the process meanwhile.
package main

import "runtime"

func main() {
	const n = 1000000
	block := make(chan bool)
	ready := make(chan bool)
	for i := 0; i < n; i++ {
		go func() {
			ready <- true
			<-block
		}()
	}
	for i := 0; i < n; i++ {
		<-ready
	}
	println("parked", runtime.NumGoroutine()-1)
	for {
		runtime.Gosched()
	}
}
