// reflect's calls (Value.Call, method Values called) and the func values
// reflect makes (MakeFunc, method values; at the end). reflectcall takes
// the frame reflect laid out (golift's overlay of reflect/abi.go puts every
// argument and result at its stack offset) and calls the function in
// golift's calling convention (Cranelift's tail convention, rt/ABI.md
// "Calling conventions"; lower/abi.rs flattens the values):
//
//   - a func value gets its funcval as the hidden first argument, a method
//     (reflect passes the address of its Ifn) its receiver word first;
//   - then one pointer per result of memory type (the callee writes it),
//     then each argument as its flattened scalars, or a pointer to it when
//     it is of memory type (arrays, large structs);
//   - integer-class scalars go to rdi, rsi, rdx, rcx, r8, r9, floats to
//     xmm0-7, the rest to the stack, a word each in parameter order; scalar
//     results come back in rax, rcx, rdx, rsi, rdi, r8, r9, r10 and xmm0-7.
//
// rt's reflectcallregs makes the call with those registers and stack
// words; results past the result registers come back in Cranelift's
// implicit return area, a word each, whose address is passed first.

package runtime

import "unsafe"

// callRegs is what reflectcallregs loads before the call and stores after
// it: argument registers, then result registers.
type callRegs struct {
	ints    [6]uint64
	floats  [8]uint64
	rints   [8]uint64
	rfloats [8]uint64
	stack   *uint64 // the arguments past the registers, a word each
	nstack  uintptr
}

// reflectcallregs calls code with the argument registers of regs and
// stores the result registers in regs.
func reflectcallregs(code unsafe.Pointer, regs *callRegs)

// callFrame is a function type reflect registered for calls.
type callFrame struct {
	ft     unsafe.Pointer
	method bool
}

var callFrames struct {
	lock   uint32
	frames []callFrame
}

//go:linkname reflect_registerCallFrame reflect.registerCallFrame
func reflect_registerCallFrame(ft unsafe.Pointer, method bool) int {
	semacquire1(&reflectOffs.lock, false, 0)
	callFrames.frames = append(callFrames.frames, callFrame{ft, method})
	id := len(callFrames.frames)
	semrelease(&reflectOffs.lock, false)
	return id
}

// Offsets in internal/abi's descriptors (rt/ABI.md, "Kind fields").
const (
	kindMask        = 0x1f
	funcTypeIn      = 48
	funcTypeOut     = 50
	funcVariadic    = 0x8000
	uncommonSize    = 16
	tflagUncommon   = 0x1
	arrayTypeLen    = 64
	structTypeField = 56
	structFieldSize = 24
	maxScalars      = 8
)

// abi.Kind values.
const (
	kindBool          = 1
	kindInt           = 2
	kindInt8          = 3
	kindInt16         = 4
	kindInt32         = 5
	kindInt64         = 6
	kindUint          = 7
	kindUint8         = 8
	kindUint16        = 9
	kindUint32        = 10
	kindUint64        = 11
	kindUintptr       = 12
	kindFloat32       = 13
	kindFloat64       = 14
	kindComplex64     = 15
	kindComplex128    = 16
	kindArray         = 17
	kindInterface     = 20
	kindPointer       = 22
	kindSlice         = 23
	kindString        = 24
	kindStruct        = 25
	kindUnsafePointer = 26
)

// A scalar is one Cranelift value of a flattened Go value: its offset in
// the value, its size and whether it is a float.
type scalar struct {
	off   uintptr
	size  uintptr
	float bool
}

// flatten appends the scalars of the value of type t at offset off, as
// lower/abi.rs flattens them; false when t is of memory type.
func flatten(t unsafe.Pointer, off uintptr, out *[]scalar) bool {
	size := typeSize(t)
	switch typeKind(t) {
	case kindFloat32, kindFloat64:
		*out = append(*out, scalar{off, size, true})
	case kindComplex64, kindComplex128:
		*out = append(*out, scalar{off, size / 2, true}, scalar{off + size/2, size / 2, true})
	case kindString, kindInterface:
		*out = append(*out, scalar{off, 8, false}, scalar{off + 8, 8, false})
	case kindSlice:
		*out = append(*out, scalar{off, 8, false}, scalar{off + 8, 8, false}, scalar{off + 16, 8, false})
	case kindArray:
		return size == 0
	case kindStruct:
		fields := *(*sliceHeader)(unsafe.Add(t, structTypeField))
		for i := 0; i < fields.len; i++ {
			f := unsafe.Add(fields.ptr, uintptr(i)*structFieldSize)
			ft := *(*unsafe.Pointer)(unsafe.Add(f, 8))
			foff := *(*uintptr)(unsafe.Add(f, 16))
			if !flatten(ft, off+foff, out) || len(*out) > maxScalars {
				return false
			}
		}
	default:
		*out = append(*out, scalar{off, size, false})
	}
	return true
}

// funcParams is the in and out parameter types of function type ft.
func funcParams(ft unsafe.Pointer) (in, out []unsafe.Pointer) {
	nin := int(*(*uint16)(unsafe.Add(ft, funcTypeIn)))
	nout := int(*(*uint16)(unsafe.Add(ft, funcTypeOut)) &^ funcVariadic)
	at := uintptr(56)
	if *(*uint8)(unsafe.Add(ft, 20))&tflagUncommon != 0 {
		at += uncommonSize
	}
	all := unsafe.Slice((*unsafe.Pointer)(unsafe.Add(ft, at)), nin+nout)
	return all[:nin], all[nin:]
}

func alignUp(n, a uintptr) uintptr {
	return (n + a - 1) &^ (a - 1)
}

func typeAlign(t unsafe.Pointer) uintptr {
	return uintptr(*(*uint8)(unsafe.Add(t, 21)))
}

// loadScalar reads the scalar at p, zero-extended to 64 bits.
func loadScalar(p unsafe.Pointer, size uintptr) uint64 {
	switch size {
	case 1:
		return uint64(*(*uint8)(p))
	case 2:
		return uint64(*(*uint16)(p))
	case 4:
		return uint64(*(*uint32)(p))
	}
	return *(*uint64)(p)
}

// storeScalar writes the low size bytes of v at p.
func storeScalar(p unsafe.Pointer, size uintptr, v uint64) {
	switch size {
	case 1:
		*(*uint8)(p) = uint8(v)
	case 2:
		*(*uint16)(p) = uint16(v)
	case 4:
		*(*uint32)(p) = uint32(v)
	default:
		*(*uint64)(p) = v
	}
}

// regs0 only sizes the result registers.
var regs0 callRegs

// reflectcall is reflect's call: fn is a funcval, or for a method the
// address of its code word; the frame at stackArgs holds the arguments at
// their offsets and gets the results from stackRetOffset on.
func reflectcall(stackArgsType, fn, stackArgs unsafe.Pointer, stackArgsSize, stackRetOffset, frameSize uint32, regArgs unsafe.Pointer) {
	id := int((frameSize - stackArgsSize) / 8)
	semacquire1(&reflectOffs.lock, false, 0)
	if id < 1 || id > len(callFrames.frames) {
		semrelease(&reflectOffs.lock, false)
		throw("golift: reflect.call of an unregistered frame")
	}
	cf := callFrames.frames[id-1]
	semrelease(&reflectOffs.lock, false)
	in, out := funcParams(cf.ft)

	// Scalar results past the result registers come back in Cranelift's
	// implicit return area, a word each in result order, whose address
	// is the hidden first argument.
	var rets []scalar
	roff := uintptr(stackRetOffset)
	var memRets []uintptr
	for _, t := range out {
		roff = alignUp(roff, typeAlign(t))
		mark := len(rets)
		if !flatten(t, roff, &rets) {
			rets = rets[:mark]
			memRets = append(memRets, roff)
		}
		roff += typeSize(t)
	}
	ri, rf := 0, 0
	var area []uint64
	var inArea []bool
	for _, s := range rets {
		over := false
		if s.float {
			over = rf == len(regs0.rfloats)
			if !over {
				rf++
			}
		} else {
			over = ri == len(regs0.rints)
			if !over {
				ri++
			}
		}
		inArea = append(inArea, over)
		if over {
			area = append(area, 0)
		}
	}

	var regs callRegs
	var stack []uint64
	ni, nf := 0, 0
	// put passes v in the next integer (or float) register, else on the stack.
	put := func(v uint64, float bool) {
		bank, n := regs.ints[:], &ni
		if float {
			bank, n = regs.floats[:], &nf
		}
		if *n == len(bank) {
			stack = append(stack, v)
			return
		}
		bank[*n] = v
		*n++
	}
	putInt := func(v uint64) { put(v, false) }
	if len(area) > 0 {
		putInt(uint64(uintptr(unsafe.Pointer(&area[0]))))
	}
	off := uintptr(0)
	if cf.method {
		putInt(*(*uint64)(stackArgs))
		off = 8
	} else {
		putInt(uint64(uintptr(fn)))
	}
	// Results of memory type are written by the callee into the frame.
	for _, roff := range memRets {
		putInt(uint64(uintptr(unsafe.Add(stackArgs, roff))))
	}
	var args []scalar
	for _, t := range in {
		off = alignUp(off, typeAlign(t))
		args = args[:0]
		if !flatten(t, off, &args) {
			args = args[:0]
			putInt(uint64(uintptr(unsafe.Add(stackArgs, off))))
		}
		for _, s := range args {
			put(loadScalar(unsafe.Add(stackArgs, s.off), s.size), s.float)
		}
		off += typeSize(t)
	}
	if len(stack) > 0 {
		regs.stack = &stack[0]
		regs.nstack = uintptr(len(stack))
	}
	// A funcval's first word is its code, and so is the word a method's
	// fn points at (its Ifn, or the itab's entry).
	reflectcallregs(*(*unsafe.Pointer)(fn), &regs)

	ri, rf = 0, 0
	ai := 0
	for k, s := range rets {
		p := unsafe.Add(stackArgs, s.off)
		if inArea[k] {
			storeScalar(p, s.size, area[ai])
			ai++
		} else if s.float {
			storeScalar(p, s.size, regs.rfloats[rf])
			rf++
		} else {
			storeScalar(p, s.size, regs.rints[ri])
			ri++
		}
	}
}

// Func values reflect makes (MakeFunc, method values): their code is rt's
// stub, entered in golift's convention, which saves the argument
// registers in a makeFuncRegs and calls reflect's handler; the handler
// calls goliftMakeFuncCall below, which moves the arguments into reflect's
// frame and, after the call, the results into the result registers the
// stub loads before returning (popping the stack arguments).

// makeFuncRegs is the stub's save area (rt/src/reflect.rs).
type makeFuncRegs struct {
	ints     [6]uint64
	floats   [8]uint64
	rints    [8]uint64
	rfloats  [8]uint64
	stack    unsafe.Pointer // the caller's stack arguments
	popBytes uintptr        // set here: how many bytes of them to pop
}

// makeFuncStubPC and methodValueCallPC are the stubs' code addresses.
func makeFuncStubPC() uintptr
func methodValueCallPC() uintptr

// setMakeFuncHandler tells rt's stubs which func value to call.
func setMakeFuncHandler(fv unsafe.Pointer)

//go:linkname reflect_makeFuncStubPC reflect.makeFuncStubPC
func reflect_makeFuncStubPC() uintptr {
	return makeFuncStubPC()
}

//go:linkname reflect_methodValueCallPC reflect.methodValueCallPC
func reflect_methodValueCallPC() uintptr {
	return methodValueCallPC()
}

//go:linkname reflect_setMakeFuncHandler reflect.setMakeFuncHandler
func reflect_setMakeFuncHandler(h func(kind int, regs unsafe.Pointer)) {
	setMakeFuncHandler(*(*unsafe.Pointer)(unsafe.Pointer(&h)))
}

//go:linkname reflect_goliftMakeFuncCall reflect.goliftMakeFuncCall
func reflect_goliftMakeFuncCall(ft, frame unsafe.Pointer, retOffset uintptr, regsp, area unsafe.Pointer, call func()) {
	regs := (*makeFuncRegs)(regsp)
	in, out := funcParams(ft)
	ni, nf, ns := 1, 0, 0 // the context is ints[0], after the area if any
	if area != nil {
		ni = 2
	}
	// next takes the next integer (or float) register's word, else the
	// next stack word.
	next := func(float bool) uint64 {
		bank, n := regs.ints[:], &ni
		if float {
			bank, n = regs.floats[:], &nf
		}
		if *n < len(bank) {
			*n++
			return bank[*n-1]
		}
		ns++
		return *(*uint64)(unsafe.Add(regs.stack, 8*(ns-1)))
	}
	nextInt := func() uint64 { return next(false) }
	var rets []scalar
	var memRets, outPtrs []uintptr
	var memTypes []unsafe.Pointer
	roff := retOffset
	for _, t := range out {
		roff = alignUp(roff, typeAlign(t))
		mark := len(rets)
		if !flatten(t, roff, &rets) {
			rets = rets[:mark]
			memRets = append(memRets, roff)
			memTypes = append(memTypes, t)
			outPtrs = append(outPtrs, uintptr(nextInt()))
		}
		roff += typeSize(t)
	}
	var args []scalar
	off := uintptr(0)
	for _, t := range in {
		off = alignUp(off, typeAlign(t))
		args = args[:0]
		if !flatten(t, off, &args) {
			args = args[:0]
			typedmemmove(t, unsafe.Add(frame, off), unsafe.Pointer(uintptr(nextInt())))
		}
		for _, s := range args {
			storeScalar(unsafe.Add(frame, s.off), s.size, next(s.float))
		}
		off += typeSize(t)
	}
	regs.popBytes = alignUp(uintptr(ns)*8, 16)

	call()

	for k, roff := range memRets {
		typedmemmove(memTypes[k], unsafe.Pointer(outPtrs[k]), unsafe.Add(frame, roff))
	}
	ri, rf, ai := 0, 0, 0
	for _, s := range rets {
		v := loadScalar(unsafe.Add(frame, s.off), s.size)
		switch {
		case s.float && rf < len(regs.rfloats):
			regs.rfloats[rf] = v
			rf++
		case !s.float && ri < len(regs.rints):
			regs.rints[ri] = v
			ri++
		case area == nil:
			throw("golift: reflect: results past the registers without a return area")
		default:
			*(*uint64)(unsafe.Add(area, 8*ai)) = v
			ai++
		}
	}
}
