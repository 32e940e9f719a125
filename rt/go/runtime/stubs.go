// Entry points of rt used by the rest of this package (bodiless: see the
// package comment).

package runtime

import "unsafe"

// throw prints "fatal error: " and s, and exits with status 2.
func throw(s string)

// mallocgc allocates size bytes of an object of type typ.
func mallocgc(size uintptr, typ *byte, needzero bool) *byte

// cmpstring compares two strings: -1, 0 or +1 (internal/bytealg pulls it).
func cmpstring(a, b string) int

// memequal reports whether the size bytes at a and b are equal
// (internal/bytealg pulls it).
func memequal(a, b unsafe.Pointer, size uintptr) bool
