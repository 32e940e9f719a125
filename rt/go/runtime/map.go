// Map hooks the standard library pulls: maps.clone.

package runtime

import "unsafe"

// eface is the layout of an empty interface: its dynamic type and data
// word (a map value is pointer-shaped: the data word is the map).
type eface struct {
	typ  unsafe.Pointer
	data unsafe.Pointer
}

// mapclone returns a new map of type t with the entries of map h.
func mapclone(t unsafe.Pointer, h unsafe.Pointer) unsafe.Pointer

//go:linkname maps_clone maps.clone
func maps_clone(m any) any {
	e := (*eface)(unsafe.Pointer(&m))
	e.data = mapclone(e.typ, e.data)
	return m
}
