// Weak pointers: package weak's hooks (unique's canonical maps use them).
//
// golift has no garbage collector yet: no object ever becomes unreachable,
// so a weak pointer never goes nil and Value always returns the object.
// A handle is a cell holding the pointer, one per address (Go's handles
// are per object and offset, which is the same thing for a non-moving
// heap), so weak pointers made from the same pointer compare equal and
// pointers to different fields do not.

package runtime

import "unsafe"

// weakSema guards weakHandles (1: free).
var weakSema uint32 = 1

// weakHandles maps each pointer given to weak.Make to its handle.
var weakHandles map[unsafe.Pointer]*unsafe.Pointer

//go:linkname weak_runtime_registerWeakPointer weak.runtime_registerWeakPointer
func weak_runtime_registerWeakPointer(p unsafe.Pointer) unsafe.Pointer {
	semacquire1(&weakSema, false, 0)
	if weakHandles == nil {
		weakHandles = make(map[unsafe.Pointer]*unsafe.Pointer)
	}
	h := weakHandles[p]
	if h == nil {
		h = new(unsafe.Pointer)
		*h = p
		weakHandles[p] = h
	}
	semrelease(&weakSema, false)
	return unsafe.Pointer(h)
}

//go:linkname weak_runtime_makeStrongFromWeak weak.runtime_makeStrongFromWeak
func weak_runtime_makeStrongFromWeak(u unsafe.Pointer) unsafe.Pointer {
	return *(*unsafe.Pointer)(u)
}
