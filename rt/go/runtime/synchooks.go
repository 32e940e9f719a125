// sync's, internal/sync's and sync/atomic's remaining runtime hooks:
// pinning to a P, random numbers, pool cleanup registration and fatal
// errors.
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

// registerPoolCleanup would have cleanup run at the start of every
// garbage collection; golift has no collector yet, so it never runs.
//
//go:linkname sync_runtime_registerPoolCleanup sync.runtime_registerPoolCleanup
func sync_runtime_registerPoolCleanup(cleanup func()) {}

// randState is the state of rand's generator (wyrand). Goroutines may
// race on it: the numbers only need to be unpredictable enough for hash
// seeds and pool choices.
var randState uint64

// rand returns a pseudo-random uint64.
func rand() uint64 {
	if randState == 0 {
		randState = uint64(nanotime()) | 1
	}
	randState += 0xa0761d6478bd642f
	hi, lo := mul64(randState, randState^0xe7037ed1a0b428db)
	return hi ^ lo
}

// mul64 returns the 128-bit product of x and y as (hi, lo).
func mul64(x, y uint64) (hi, lo uint64) {
	const mask32 = 1<<32 - 1
	x0, x1 := x&mask32, x>>32
	y0, y1 := y&mask32, y>>32
	w0 := x0 * y0
	t := x1*y0 + w0>>32
	w1, w2 := t&mask32, t>>32
	w1 += x0 * y1
	return x1*y1 + w2 + w1>>32, x * y
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

//go:linkname sync_throw sync.throw
func sync_throw(s string) {
	throw(s)
}

//go:linkname sync_fatal sync.fatal
func sync_fatal(s string) {
	throw(s)
}

//go:linkname internal_sync_throw internal/sync.throw
func internal_sync_throw(s string) {
	throw(s)
}

//go:linkname internal_sync_fatal internal/sync.fatal
func internal_sync_fatal(s string) {
	throw(s)
}

