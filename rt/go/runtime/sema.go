// Semaphores and notify lists: the hooks that sync, internal/sync and
// internal/poll pull with //go:linkname, over rt's semaphore table
// (rt/src/sema.rs; rt/ABI.md "Semaphores, notify lists, clocks and
// timers"). A waiter parks with the wait reason of its sync primitive, as
// Go's goroutine dumps show it.

package runtime

import "unsafe"

// The wait reasons of semacquire1, as rt numbers them.
const (
	waitReasonSemacquire uint8 = iota
	waitReasonSyncMutexLock
	waitReasonSyncRWMutexRLock
	waitReasonSyncRWMutexLock
	waitReasonSyncWaitGroupWait
)

// semacquire1 waits until *addr > 0 and decrements it; lifo queues the
// waiter ahead of the others on addr.
func semacquire1(addr *uint32, lifo bool, reason uint8)

// semrelease increments *addr and wakes a waiter; with handoff the woken
// waiter takes the count and runs next.
func semrelease(addr *uint32, handoff bool)

// notifyList is sync's notifyList: a ticket-based queue of goroutines.
type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   unsafe.Pointer
	tail   unsafe.Pointer
}

func notifyListAdd(l *notifyList) uint32
func notifyListWait(l *notifyList, t uint32)
func notifyListNotifyAll(l *notifyList)
func notifyListNotifyOne(l *notifyList)

// procyield spins for about cycles pause instructions.
func procyield(cycles uint32)

// osyield gives the thread's CPU to another thread.
func osyield()

// sync.Mutex spins at most activeSpin times, activeSpinCnt pauses each.
const (
	activeSpin    = 4
	activeSpinCnt = 30
)

//go:linkname sync_runtime_Semacquire sync.runtime_Semacquire
func sync_runtime_Semacquire(addr *uint32) {
	semacquire1(addr, false, waitReasonSemacquire)
}

//go:linkname poll_runtime_Semacquire internal/poll.runtime_Semacquire
func poll_runtime_Semacquire(addr *uint32) {
	semacquire1(addr, false, waitReasonSemacquire)
}

//go:linkname internal_sync_runtime_SemacquireMutex internal/sync.runtime_SemacquireMutex
func internal_sync_runtime_SemacquireMutex(addr *uint32, lifo bool, skipframes int) {
	semacquire1(addr, lifo, waitReasonSyncMutexLock)
}

//go:linkname sync_runtime_SemacquireRWMutexR sync.runtime_SemacquireRWMutexR
func sync_runtime_SemacquireRWMutexR(addr *uint32, lifo bool, skipframes int) {
	semacquire1(addr, lifo, waitReasonSyncRWMutexRLock)
}

//go:linkname sync_runtime_SemacquireRWMutex sync.runtime_SemacquireRWMutex
func sync_runtime_SemacquireRWMutex(addr *uint32, lifo bool, skipframes int) {
	semacquire1(addr, lifo, waitReasonSyncRWMutexLock)
}

// sync_runtime_SemacquireWaitGroup: golift has no synctest bubbles, so a
// WaitGroup wait is never durable.
//
//go:linkname sync_runtime_SemacquireWaitGroup sync.runtime_SemacquireWaitGroup
func sync_runtime_SemacquireWaitGroup(addr *uint32, synctestDurable bool) {
	semacquire1(addr, false, waitReasonSyncWaitGroupWait)
}

//go:linkname sync_runtime_Semrelease sync.runtime_Semrelease
func sync_runtime_Semrelease(addr *uint32, handoff bool, skipframes int) {
	semrelease(addr, handoff)
}

//go:linkname internal_sync_runtime_Semrelease internal/sync.runtime_Semrelease
func internal_sync_runtime_Semrelease(addr *uint32, handoff bool, skipframes int) {
	semrelease(addr, handoff)
}

//go:linkname poll_runtime_Semrelease internal/poll.runtime_Semrelease
func poll_runtime_Semrelease(addr *uint32) {
	semrelease(addr, false)
}

//go:linkname sync_runtime_notifyListAdd sync.runtime_notifyListAdd
func sync_runtime_notifyListAdd(l *notifyList) uint32 {
	return notifyListAdd(l)
}

//go:linkname sync_runtime_notifyListWait sync.runtime_notifyListWait
func sync_runtime_notifyListWait(l *notifyList, t uint32) {
	notifyListWait(l, t)
}

//go:linkname sync_runtime_notifyListNotifyAll sync.runtime_notifyListNotifyAll
func sync_runtime_notifyListNotifyAll(l *notifyList) {
	notifyListNotifyAll(l)
}

//go:linkname sync_runtime_notifyListNotifyOne sync.runtime_notifyListNotifyOne
func sync_runtime_notifyListNotifyOne(l *notifyList) {
	notifyListNotifyOne(l)
}

// sync_runtime_notifyListCheck: sync checks at init that its notifyList
// matches this one.
//
//go:linkname sync_runtime_notifyListCheck sync.runtime_notifyListCheck
func sync_runtime_notifyListCheck(size uintptr) {
	if size != unsafe.Sizeof(notifyList{}) {
		throw("bad notifyList size")
	}
}

// internal_sync_runtime_canSpin reports whether sync.Mutex may spin
// (active spinning, round i) rather than queue: only a few rounds, only
// with more than one P and CPU.
//
//go:linkname internal_sync_runtime_canSpin internal/sync.runtime_canSpin
func internal_sync_runtime_canSpin(i int) bool {
	return i < activeSpin && canSpin()
}

// canSpin: GOMAXPROCS and the CPU count are above 1 and the running P's
// run queue is empty.
func canSpin() bool

//go:linkname internal_sync_runtime_doSpin internal/sync.runtime_doSpin
func internal_sync_runtime_doSpin() {
	procyield(activeSpinCnt)
}

//go:linkname internal_sync_runtime_nanotime internal/sync.runtime_nanotime
func internal_sync_runtime_nanotime() int64 {
	return nanotime()
}

// poolcleanup is sync's pool cleanup, which GC runs.
var poolcleanup func()

// sync_runtime_registerPoolCleanup: pools are emptied at each GC, as in Go
// (see GC).
//
//go:linkname sync_runtime_registerPoolCleanup sync.runtime_registerPoolCleanup
func sync_runtime_registerPoolCleanup(cleanup func()) {
	poolcleanup = cleanup
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

// rand is a random uint64 (internal/sync's hash-trie maps seed with it).
func rand() uint64
