// hash/maphash's hooks: the runtime's byte hash (rt/src/alg.rs, the hash
// the bucket maps use, with the per-process key mixed in), pulled by
// maphash's //go:linkname runtime_memhash. Its seeds come from runtime.rand
// (sema.go) and Comparable's hashes from the map descriptors' Hasher.

package runtime

import "unsafe"

// memhash hashes the s bytes at p with seed.
func memhash(p unsafe.Pointer, seed, s uintptr) uintptr
