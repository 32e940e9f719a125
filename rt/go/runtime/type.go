// Type descriptor hooks for internal/reflectlite (errors.Is/As, sort.Slice):
// the descriptors are internal/abi's layout (rt/ABI.md, "Type
// descriptors"), their offsets resolve in rt's module table, and the rest
// are rt's allocation, copy and length entries.

package runtime

import "unsafe"

// resolveNameOff returns the name at offset off in the module holding ptrInModule.
func resolveNameOff(ptrInModule unsafe.Pointer, off int32) unsafe.Pointer

// resolveTypeOff returns the descriptor at offset off in rtype's module.
func resolveTypeOff(rtype unsafe.Pointer, off int32) unsafe.Pointer

// resolveTextOff returns the code at offset off for rtype's module.
func resolveTextOff(rtype unsafe.Pointer, off int32) unsafe.Pointer

// newobject allocates a zeroed object of type typ.
func newobject(typ unsafe.Pointer) unsafe.Pointer

// typedmemmove copies a value of type typ from src to dst.
func typedmemmove(typ unsafe.Pointer, dst, src unsafe.Pointer)

// chanlen is len(c) of a channel (0 for nil).
func chanlen(c unsafe.Pointer) int

// maplen is len(m) of a map (0 for nil).
func maplen(m unsafe.Pointer) int

//go:linkname reflectlite_resolveNameOff internal/reflectlite.resolveNameOff
func reflectlite_resolveNameOff(ptrInModule unsafe.Pointer, off int32) unsafe.Pointer {
	return resolveNameOff(ptrInModule, off)
}

//go:linkname reflectlite_resolveTypeOff internal/reflectlite.resolveTypeOff
func reflectlite_resolveTypeOff(rtype unsafe.Pointer, off int32) unsafe.Pointer {
	return resolveTypeOff(rtype, off)
}

//go:linkname reflectlite_unsafe_New internal/reflectlite.unsafe_New
func reflectlite_unsafe_New(typ unsafe.Pointer) unsafe.Pointer {
	return newobject(typ)
}

//go:linkname reflectlite_typedmemmove internal/reflectlite.typedmemmove
func reflectlite_typedmemmove(typ unsafe.Pointer, dst, src unsafe.Pointer) {
	typedmemmove(typ, dst, src)
}

//go:linkname reflectlite_chanlen internal/reflectlite.chanlen
func reflectlite_chanlen(c unsafe.Pointer) int {
	return chanlen(c)
}

//go:linkname reflectlite_maplen internal/reflectlite.maplen
func reflectlite_maplen(m unsafe.Pointer) int {
	return maplen(m)
}

// assertE2I returns the itab of (inter, t), raising the interface
// conversion panic when t is nil or lacks a method of inter.
func assertE2I(inter unsafe.Pointer, t unsafe.Pointer) unsafe.Pointer

//go:linkname reflectlite_ifaceE2I internal/reflectlite.ifaceE2I
func reflectlite_ifaceE2I(inter unsafe.Pointer, e any, dst unsafe.Pointer) {
	ef := (*eface)(unsafe.Pointer(&e))
	tab := assertE2I(inter, ef.typ)
	*(*eface)(dst) = eface{tab, ef.data}
}
