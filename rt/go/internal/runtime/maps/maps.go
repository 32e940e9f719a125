// Package maps is golift's stand-in for GOROOT's internal/runtime/maps,
// Go's swiss-table maps: golift's maps are the bucket maps of rt/src/map.rs
// (DESIGN.md, Maps), reached by compiled code as runtime entries and by
// reflect through its overlay. Like golift's runtime package, it replaces
// GOROOT's package and holds only what the library outside the runtime
// uses of it: hash/maphash's Use64BitHash (whether the runtime's hashes,
// memhash and the map descriptors' Hasher, are 64 bits wide).
package maps

import "internal/goarch"

// Use64BitHash is true when the runtime's hash functions return 64 bits.
const Use64BitHash = goarch.PtrSize == 8
