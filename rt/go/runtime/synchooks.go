// sync's, internal/sync's and sync/atomic's remaining runtime hooks:
// pinning to a P and random numbers (sema.go has the semaphores, pool
// cleanup registration and fatal errors).
//
// Pinning. procPin turns preemption off (m.locks, as Go's) and returns the
// P's id, so that sync.Pool uses that P's local pool without locks and
// atomic.Value's first store is not interrupted; procUnpin turns it back
// on. Pinned sections never block.

package runtime

import _ "unsafe"

// procPin pins the goroutine to its M and P and returns the P's id.
func procPin() int

// procUnpin undoes procPin.
func procUnpin()

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
