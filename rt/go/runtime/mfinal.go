// The garbage collector's API. golift's runtime has no garbage collector
// yet: memory is never reclaimed, so a collection has nothing to do and
// no object ever becomes unreachable in the collector's eyes. Each
// function below does what Go's does for a program whose objects all stay
// reachable, and says so.

package runtime

import (
	"internal/runtime/atomic"
	"unsafe"
)

// GC runs a garbage collection. golift has no collector yet: nothing is
// reclaimed, but GC does what a collection's start does in Go to the
// sync.Pools: each cleanup drops the objects pooled before the previous
// one (two GCs empty a pool). Go runs that cleanup with the world
// stopped; golift has no stop-the-world yet, so a goroutine in the middle
// of a pool operation on another P finishes it on the pools' previous
// generation (whose memory stays valid: nothing is freed). GCs run one at
// a time.
func GC() {
	semacquire1(&gcSema, false, 0)
	if poolcleanup != nil {
		poolcleanup()
	}
	semrelease(&gcSema, false)
}

// gcSema serialises GC calls (1: free).
var gcSema uint32 = 1

// KeepAlive marks its argument as currently reachable. Without a
// collector every object stays reachable: KeepAlive has nothing to do.
func KeepAlive(x any) {}

// SetFinalizer sets the finalizer associated with obj to the provided
// finalizer function. Finalizers run only when the collector finds obj
// unreachable, which golift's runtime never does: the finalizer is never
// called (Go does not guarantee that finalizers run either). A nil obj is
// the fatal error it is in Go.
func SetFinalizer(obj any, finalizer any) {
	if obj == nil {
		throw("runtime.SetFinalizer: first argument is nil")
	}
}

// Cleanup is a handle to a cleanup call for a specific object (Go's
// fields: fmt prints them).
type Cleanup struct {
	// id is the cleanup's unique identifier (0: a no-op cleanup).
	id uint64
	// ptr is the object's address.
	ptr uintptr
}

// cleanupID numbers cleanups from 1, as Go's mheap_.cleanupID does.
var cleanupID uint64

// AddCleanup attaches a cleanup function to ptr: cleanup(arg) runs after
// ptr becomes unreachable, which golift's runtime never finds (no
// collector yet), so the cleanup never runs. Its checks panic as Go's do.
func AddCleanup[T, S any](ptr *T, cleanup func(S), arg S) Cleanup {
	if ptr == nil {
		panic("runtime.AddCleanup: ptr is nil")
	}
	var boxed any = arg
	if k := typeKind((*eface)(unsafe.Pointer(&boxed)).typ); k == kindPointer || k == kindUnsafePointer {
		if unsafe.Pointer(ptr) == *(*unsafe.Pointer)(unsafe.Pointer(&arg)) {
			panic("runtime.AddCleanup: ptr is equal to arg, cleanup will never run")
		}
	}
	return Cleanup{id: atomic.Xadd64(&cleanupID, 1), ptr: uintptr(unsafe.Pointer(ptr))}
}

// Stop cancels the cleanup call.
func (c Cleanup) Stop() {}
