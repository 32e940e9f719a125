// Entry points of rt used by the rest of this package (bodiless: see the
// package comment).

package runtime

// throw prints "fatal error: " and s, and exits with status 2.
func throw(s string)

// mallocgc allocates size bytes of an object of type typ.
func mallocgc(size uintptr, typ *byte, needzero bool) *byte
