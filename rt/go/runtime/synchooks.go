// sync's, internal/sync's and sync/atomic's remaining runtime hooks:
// pinning to a P and random numbers (sema.go has the semaphores, pool
// cleanup registration and fatal errors).
//
// Pinning. Go's procPin disables preemption and returns the P's id, so
// that sync.Pool can use that P's local pool without locks. golift's
// scheduler has no preemption-disabled state yet, so pinning is a
// program-wide semaphore held from procPin to procUnpin, and every
// goroutine gets P 0's id: pinned sections exclude each other as on one
// P, which is what sync.Pool's per-P data needs (a single owner at a
// time). Pinned sections never pin again and never block.

package runtime

import _ "unsafe"

// pinSema is the semaphore procPin holds (1: free).
var pinSema uint32 = 1

func procPin() int {
	semacquire1(&pinSema, false, 0)
	return 0
}

func procUnpin() {
	semrelease(&pinSema, false)
}

//go:linkname sync_runtime_procPin sync.runtime_procPin
func sync_runtime_procPin() int {
	return procPin()
}

//go:linkname sync_runtime_procUnpin sync.runtime_procUnpin
func sync_runtime_procUnpin() {
	procUnpin()
}

//go:linkname sync_atomic_runtime_procPin sync/atomic.runtime_procPin
func sync_atomic_runtime_procPin() int {
	return procPin()
}

//go:linkname sync_atomic_runtime_procUnpin sync/atomic.runtime_procUnpin
func sync_atomic_runtime_procUnpin() {
	procUnpin()
}

// randn returns a pseudo-random number in [0, n).
func randn(n uint32) uint32 {
	return uint32((uint64(uint32(rand())) * uint64(n)) >> 32)
}

//go:linkname sync_runtime_randn sync.runtime_randn
func sync_runtime_randn(n uint32) uint32 {
	return randn(n)
}

//go:linkname internal_sync_runtime_rand internal/sync.runtime_rand
func internal_sync_runtime_rand() uint64 {
	return rand()
}

