// Hooks for package reflect, pushed with //go:linkname as Go's runtime
// pushes them: allocation, typed copies and clears, slices, channels,
// select, maps (over rt's bucket maps; reflect's map file is golift's
// overlay, rt/go/overlay/reflect/map.go, which iterates with rt's hiter),
// descriptor offsets (with reflect's own descriptors, whose names and
// types live outside every module, under negative offsets handed out by
// addReflectOff) and the typelinks of the program's module.
//
// Descriptors are read by the offsets of internal/abi's layout
// (rt/ABI.md, "Type descriptors"): Size_ at 0, a map type's Elem at 56, a
// channel type's Elem at 48.

package runtime

import "unsafe"

// sliceHeader is a slice's three words.
type sliceHeader struct {
	ptr unsafe.Pointer
	len int
	cap int
}

// typeSize is t.Size_.
func typeSize(t unsafe.Pointer) uintptr {
	return *(*uintptr)(t)
}

// typeKind is the kind of descriptor t (abi.Type.Kind_, byte 23, without flags).
func typeKind(t unsafe.Pointer) uint8 {
	return *(*uint8)(unsafe.Add(t, 23)) & kindMask
}

// typeField is the pointer at byte offset off of descriptor t.
func typeField(t unsafe.Pointer, off uintptr) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Add(t, off))
}

const (
	mapTypeElem  = 56
	chanTypeElem = 48
	maxAlloc     = 1 << 48
)

// memmove copies n bytes from src to dst (the ranges may overlap).
func memmove(dst, src unsafe.Pointer, n uintptr)

// memclrNoHeapPointers zeroes n bytes at p.
func memclrNoHeapPointers(p unsafe.Pointer, n uintptr)

// makeslice is make([]T, len, cap) for T = et.
func makeslice(et unsafe.Pointer, len, cap int) sliceHeader

// growslice is append's growth: a new backing array for newlen elements
// holding the first newlen-num of the old one.
func growslice(oldptr unsafe.Pointer, newlen, oldcap, num int, et unsafe.Pointer) sliceHeader

// typehash is the hash of the value of type t at p.
func typehash(t, p unsafe.Pointer, seed uintptr) uintptr

// getStaticuint64s is rt's table of the boxes of 0..255 (reflect pulls it).
func getStaticuint64s() *[256]uint64

// A reflectRuntimeError is a run-time error raised by these hooks.
type reflectRuntimeError string

func (e reflectRuntimeError) RuntimeError() {}

func (e reflectRuntimeError) Error() string {
	return "runtime error: " + string(e)
}

//go:linkname reflect_unsafe_New reflect.unsafe_New
func reflect_unsafe_New(t unsafe.Pointer) unsafe.Pointer {
	return newobject(t)
}

//go:linkname reflect_unsafe_NewArray reflect.unsafe_NewArray
func reflect_unsafe_NewArray(t unsafe.Pointer, n int) unsafe.Pointer {
	size := typeSize(t)
	if n < 0 || (size != 0 && uintptr(n) > maxAlloc/size) {
		panic(reflectRuntimeError("allocation size out of range"))
	}
	return unsafe.Pointer(mallocgc(size*uintptr(n), (*byte)(t), true))
}

//go:linkname reflect_typedmemmove reflect.typedmemmove
func reflect_typedmemmove(t, dst, src unsafe.Pointer) {
	typedmemmove(t, dst, src)
}

//go:linkname reflect_typedmemclr reflect.typedmemclr
func reflect_typedmemclr(t, p unsafe.Pointer) {
	memclrNoHeapPointers(p, typeSize(t))
}

//go:linkname reflect_typedmemclrpartial reflect.typedmemclrpartial
func reflect_typedmemclrpartial(t, p unsafe.Pointer, off, size uintptr) {
	memclrNoHeapPointers(unsafe.Add(p, off), size)
}

//go:linkname reflect_typedarrayclear reflect.typedarrayclear
func reflect_typedarrayclear(elem, p unsafe.Pointer, n int) {
	memclrNoHeapPointers(p, typeSize(elem)*uintptr(n))
}

//go:linkname reflect_typedslicecopy reflect.typedslicecopy
func reflect_typedslicecopy(elem unsafe.Pointer, dst, src sliceHeader) int {
	n := dst.len
	if src.len < n {
		n = src.len
	}
	if n > 0 {
		memmove(dst.ptr, src.ptr, uintptr(n)*typeSize(elem))
	}
	return n
}

//go:linkname reflect_memmove reflect.memmove
func reflect_memmove(dst, src unsafe.Pointer, n uintptr) {
	memmove(dst, src, n)
}

//go:linkname reflect_typehash reflect.typehash
func reflect_typehash(t, p unsafe.Pointer, seed uintptr) uintptr {
	return typehash(t, p, seed)
}

//go:linkname reflect_verifyNotInHeapPtr reflect.verifyNotInHeapPtr
func reflect_verifyNotInHeapPtr(p uintptr) bool {
	return true
}

//go:linkname reflect_growslice reflect.growslice
func reflect_growslice(et unsafe.Pointer, old sliceHeader, num int) sliceHeader {
	s := growslice(old.ptr, old.len+num, old.cap, num, et)
	s.len = old.len
	return s
}

//go:linkname reflect_unsafeslice reflect.unsafeslice
func reflect_unsafeslice(et, ptr unsafe.Pointer, n int) {
	if n < 0 {
		panic(reflectRuntimeError("unsafe.Slice: len out of range"))
	}
	size := typeSize(et)
	if size != 0 && uintptr(n) > maxAlloc/size {
		panic(reflectRuntimeError("unsafe.Slice: len out of range"))
	}
	if ptr == nil && n > 0 {
		panic(reflectRuntimeError("unsafe.Slice: ptr is nil and len is not zero"))
	}
}

//go:linkname reflect_ifaceE2I reflect.ifaceE2I
func reflect_ifaceE2I(inter unsafe.Pointer, e any, dst unsafe.Pointer) {
	ef := (*eface)(unsafe.Pointer(&e))
	tab := assertE2I(inter, ef.typ)
	*(*eface)(dst) = eface{tab, ef.data}
}

// Channels.

// makechan is make(chan T, size) for the channel type t.
func makechan(t unsafe.Pointer, size int) unsafe.Pointer

// chansend1 is c <- *elem (parks).
func chansend1(c, elem unsafe.Pointer)

// selectnbsend sends *elem on c if it can without blocking.
func selectnbsend(c, elem unsafe.Pointer) bool

// chanrecv2 is *elem, ok = <-c (parks).
func chanrecv2(c, elem unsafe.Pointer) bool

// closechan is close(c).
func closechan(c unsafe.Pointer)

// chancap is cap(c) (0 for nil).
func chancap(c unsafe.Pointer) int

// selectgo runs a select over nsends send cases then nrecvs receive
// cases; the result is index<<1 | recvOK, -2 for the default.
func selectgo(cases unsafe.Pointer, nsends, nrecvs int, block bool) int

//go:linkname reflect_makechan reflect.makechan
func reflect_makechan(t unsafe.Pointer, size int) unsafe.Pointer {
	return makechan(t, size)
}

//go:linkname reflect_chansend reflect.chansend0
func reflect_chansend(c, elem unsafe.Pointer, nb bool) bool {
	if nb {
		return selectnbsend(c, elem)
	}
	chansend1(c, elem)
	return true
}

//go:linkname reflect_chanrecv reflect.chanrecv
func reflect_chanrecv(c unsafe.Pointer, nb bool, elem unsafe.Pointer) (selected, received bool) {
	if nb {
		sel, recv := selectnbrecv(elem, c)
		return sel != 0, recv != 0
	}
	return true, chanrecv2(c, elem)
}

//go:linkname reflect_chanlen reflect.chanlen
func reflect_chanlen(c unsafe.Pointer) int {
	return chanlen(c)
}

//go:linkname reflect_chancap reflect.chancap
func reflect_chancap(c unsafe.Pointer) int {
	return chancap(c)
}

//go:linkname reflect_chanclose reflect.chanclose
func reflect_chanclose(c unsafe.Pointer) {
	closechan(c)
}

// runtimeSelect is reflect's runtimeSelect.
type runtimeSelect struct {
	dir uintptr // 1 send, 2 receive, 3 default
	typ unsafe.Pointer
	ch  unsafe.Pointer
	val unsafe.Pointer
}

// scase is a case of rt's selectgo.
type scase struct {
	c    unsafe.Pointer
	elem unsafe.Pointer
}

//go:linkname reflect_rselect reflect.rselect
func reflect_rselect(cases []runtimeSelect) (int, bool) {
	if len(cases) == 0 {
		select {}
	}
	sel := make([]scase, len(cases))
	orig := make([]int, len(cases))
	nsends, nrecvs := 0, 0
	dflt := -1
	for i, rc := range cases {
		var j int
		switch rc.dir {
		case 3:
			dflt = i
			continue
		case 1:
			j = nsends
			nsends++
		case 2:
			nrecvs++
			j = len(cases) - nrecvs
		}
		sel[j] = scase{c: rc.ch, elem: rc.val}
		orig[j] = i
	}
	if nsends+nrecvs == 0 {
		return dflt, false
	}
	// The receives were placed from the end backwards: put them right
	// after the sends, in their order.
	recvs := make([]scase, 0, nrecvs)
	recvOrig := make([]int, 0, nrecvs)
	for k := len(cases) - 1; k >= len(cases)-nrecvs; k-- {
		recvs = append(recvs, sel[k])
		recvOrig = append(recvOrig, orig[k])
	}
	copy(sel[nsends:], recvs)
	copy(orig[nsends:], recvOrig)
	r := selectgo(unsafe.Pointer(&sel[0]), nsends, nrecvs, dflt == -1)
	if r < 0 {
		return dflt, false
	}
	return orig[r>>1], r&1 != 0
}

// Maps: rt's bucket maps (rt/ABI.md, "Maps").

// makemap is make(map[K]V, hint) for the map type t.
func makemap(t unsafe.Pointer, hint int, h unsafe.Pointer) unsafe.Pointer

// mapaccess2 is the elem of *key in h (a zero value when absent) and
// whether it was present.
func mapaccess2(t, h, key unsafe.Pointer) (unsafe.Pointer, bool)

// mapaccess2_faststr is mapaccess2 for string keys.
func mapaccess2_faststr(t, h unsafe.Pointer, key string) (unsafe.Pointer, bool)

// mapassign is the slot of *key in h, inserted if absent.
func mapassign(t, h, key unsafe.Pointer) unsafe.Pointer

// mapassign_faststr is mapassign for string keys.
func mapassign_faststr(t, h unsafe.Pointer, key string) unsafe.Pointer

// mapdelete is delete(h, *key).
func mapdelete(t, h, key unsafe.Pointer)

// mapdelete_faststr is mapdelete for string keys.
func mapdelete_faststr(t, h unsafe.Pointer, key string)

// mapclear is clear(h).
func mapclear(t, h unsafe.Pointer)

// mapiterinit starts the iteration it (rt's 88-byte hiter) over h.
func mapiterinit(t, h, it unsafe.Pointer)

// mapiternext advances it.
func mapiternext(it unsafe.Pointer)

//go:linkname reflect_makemap reflect.makemap
func reflect_makemap(t unsafe.Pointer, hint int) unsafe.Pointer {
	return makemap(t, hint, nil)
}

//go:linkname reflect_mapaccess reflect.mapaccess
func reflect_mapaccess(t, h, key unsafe.Pointer) unsafe.Pointer {
	e, ok := mapaccess2(t, h, key)
	if !ok {
		return nil
	}
	return e
}

//go:linkname reflect_mapaccess_faststr reflect.mapaccess_faststr
func reflect_mapaccess_faststr(t, h unsafe.Pointer, key string) unsafe.Pointer {
	e, ok := mapaccess2_faststr(t, h, key)
	if !ok {
		return nil
	}
	return e
}

//go:linkname reflect_mapassign reflect.mapassign0
func reflect_mapassign(t, h, key, elem unsafe.Pointer) {
	p := mapassign(t, h, key)
	typedmemmove(typeField(t, mapTypeElem), p, elem)
}

//go:linkname reflect_mapassign_faststr reflect.mapassign_faststr0
func reflect_mapassign_faststr(t, h unsafe.Pointer, key string, elem unsafe.Pointer) {
	p := mapassign_faststr(t, h, key)
	typedmemmove(typeField(t, mapTypeElem), p, elem)
}

//go:linkname reflect_mapdelete reflect.mapdelete
func reflect_mapdelete(t, h, key unsafe.Pointer) {
	mapdelete(t, h, key)
}

//go:linkname reflect_mapdelete_faststr reflect.mapdelete_faststr
func reflect_mapdelete_faststr(t, h unsafe.Pointer, key string) {
	mapdelete_faststr(t, h, key)
}

//go:linkname reflect_maplen reflect.maplen
func reflect_maplen(h unsafe.Pointer) int {
	return maplen(h)
}

//go:linkname reflect_mapclear reflect.mapclear
func reflect_mapclear(t, h unsafe.Pointer) {
	mapclear(t, h)
}

//go:linkname reflect_mapiterinit reflect.mapiterinit
func reflect_mapiterinit(t, h, it unsafe.Pointer) {
	mapiterinit(t, h, it)
}

//go:linkname reflect_mapiternext reflect.mapiternext
func reflect_mapiternext(it unsafe.Pointer) {
	mapiternext(it)
}

// Descriptor offsets and typelinks.

// reflectOffs maps the negative offsets addReflectOff hands out to the
// names and descriptors reflect builds at run time, and back.
var reflectOffs struct {
	lock uint32
	m    map[int32]unsafe.Pointer
	minv map[unsafe.Pointer]int32
	next int32
}

func reflectOffsLock() {
	semacquire1(&reflectOffs.lock, false, 0)
}

func reflectOffsUnlock() {
	semrelease(&reflectOffs.lock, false)
}

func init() {
	reflectOffs.lock = 1
}

// inModule reports whether p lies in one of the descriptor modules; the
// offsets of descriptors outside them are addReflectOff's.
func inModule(p unsafe.Pointer) bool

// reflectOff is the pointer addReflectOff gave the offset off.
func reflectOff(off int32) unsafe.Pointer {
	reflectOffsLock()
	p := reflectOffs.m[off]
	reflectOffsUnlock()
	if p == nil {
		throw("runtime: reflect offset not found")
	}
	return p
}

//go:linkname reflect_addReflectOff reflect.addReflectOff
func reflect_addReflectOff(ptr unsafe.Pointer) int32 {
	reflectOffsLock()
	if reflectOffs.m == nil {
		reflectOffs.m = make(map[int32]unsafe.Pointer)
		reflectOffs.minv = make(map[unsafe.Pointer]int32)
		reflectOffs.next = -1
	}
	id, found := reflectOffs.minv[ptr]
	if !found {
		id = reflectOffs.next
		reflectOffs.next--
		reflectOffs.m[id] = ptr
		reflectOffs.minv[ptr] = id
	}
	reflectOffsUnlock()
	return id
}

//go:linkname reflect_resolveNameOff reflect.resolveNameOff
func reflect_resolveNameOff(ptrInModule unsafe.Pointer, off int32) unsafe.Pointer {
	if off == 0 {
		return nil
	}
	if !inModule(ptrInModule) {
		return reflectOff(off)
	}
	return resolveNameOff(ptrInModule, off)
}

//go:linkname reflect_resolveTypeOff reflect.resolveTypeOff
func reflect_resolveTypeOff(rtype unsafe.Pointer, off int32) unsafe.Pointer {
	if off == 0 {
		return nil
	}
	if !inModule(rtype) {
		return reflectOff(off)
	}
	return resolveTypeOff(rtype, off)
}

//go:linkname reflect_resolveTextOff reflect.resolveTextOff
func reflect_resolveTextOff(rtype unsafe.Pointer, off int32) unsafe.Pointer {
	if off == 0 {
		return nil
	}
	if !inModule(rtype) {
		return reflectOff(off)
	}
	return resolveTextOff(rtype, off)
}

// typelinks is the module offsets of the program's typelinked
// descriptors, sorted by type string.
func typelinks() []int32

// typelinksbase is the start of the program's module.
func typelinksbase() unsafe.Pointer

// compiledTypes caches the typelinked descriptors as pointers.
var compiledTypes []unsafe.Pointer

//go:linknamestd reflect_compiledTypelinks reflect.compiledTypelinks
func reflect_compiledTypelinks() ([]unsafe.Pointer, [][]unsafe.Pointer) {
	if compiledTypes == nil {
		base := typelinksbase()
		offs := typelinks()
		types := make([]unsafe.Pointer, len(offs))
		for i, off := range offs {
			types[i] = unsafe.Add(base, off)
		}
		compiledTypes = types
	}
	return compiledTypes, nil
}

//go:linknamestd reflect_adjustAIXGCDataForRuntime reflect.adjustAIXGCDataForRuntime
func reflect_adjustAIXGCDataForRuntime(addr *byte) *byte {
	return addr
}
