// Runtime semaphores under contention, as sync.Mutex's slow path uses
// them: eight goroutines take turns in a critical section guarded by a
// semaphore (sync's //go:linkname entries), alternating FIFO and LIFO
// waits and plain and hand-off releases. Measures the semaphore table,
// parking and waking (sync.Mutex itself is not compiled by golift yet).
package main

import (
	"runtime"
	"unsafe"
)

//go:linkname semacquireMutex sync.runtime_SemacquireRWMutex
func semacquireMutex(addr *uint32, lifo bool, skipframes int)

//go:linkname semacquire sync.runtime_Semacquire
func semacquire(addr *uint32)

//go:linkname semrelease sync.runtime_Semrelease
func semrelease(addr *uint32, handoff bool, skipframes int)

var _ unsafe.Pointer

func main() {
	const workers, rounds = 8, 1_000_000
	mu := uint32(1)
	var done uint32
	counter := 0
	for w := 0; w < workers; w++ {
		go func() {
			for i := 0; i < rounds; i++ {
				semacquireMutex(&mu, i%2 == 1, 0)
				counter++
				semrelease(&mu, i%4 == 0, 0)
			}
			semrelease(&done, false, 0)
		}()
	}
	for w := 0; w < workers; w++ {
		semacquire(&done)
	}
	println(runtime.Compiler, counter)
}
