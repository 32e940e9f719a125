// Call-stack introspection: Caller, Callers, CallersFrames, Frames, Frame,
// FuncForPC, Func and Stack, over the pc table that golift emits for every
// compiled function (compiler lower/pctab.rs, rt/src/symtab.rs).
//
// As in Go, Callers returns one pc per logical frame (a call that the
// compiler inlined still has its frame): the return address for a frame
// that called the next one, and addresses inside the same call instruction
// for the frames inlined into it (rt/src/symtab.rs). CallersFrames looks
// up pc-1, the call instruction. Function names are gc's (`main.(*T).M`,
// `main.main.func1`, `main.F[...]`); files are absolute paths.
//
// What differs from gc: the frames that gc itself inlines are not the
// frames golift's inliner folds, so Frame.Func (nil for an inlined frame)
// and the "+0x" offsets in Stack differ; a deferred call run by a return
// statement reports the function's closing brace (golift shares one exit
// path), gc the return's line; panics show no runtime frames (gopanic,
// panicmem, ...); Stack prints a frame's arguments as "(...)" (golift
// keeps no argument metadata), no "created by" line for a goroutine and,
// with all set, only the calling goroutine. A call inlined at more
// levels than its call instruction has bytes (5 for a direct call, 2 for
// some indirect ones) loses its middle logical frames (never the
// outermost or the innermost).

package runtime

import "unsafe"

// rtcallers fills buf[:n] with the pcs of the current goroutine's logical
// frames after skipping skip of them; frame 0 is its caller's.
func rtcallers(skip int, buf *uintptr, n int) int

// pcInfo is what rt's pc table says about a pc (rt/src/symtab.rs GoPcInfo).
type pcInfo struct {
	name    string
	file    string
	line    int
	entry   uintptr
	inlined bool
	noargs  bool
}

// rtpcinfo looks pc up (pc lies inside an instruction).
func rtpcinfo(pc uintptr, out *pcInfo) bool

// goid returns the current goroutine's id.
func rtgoid() int64

// Caller reports file and line number information about function
// invocations on the calling goroutine's stack. The argument skip is the
// number of stack frames to ascend, with 0 identifying the caller of
// Caller. The return values report the program counter, the file name
// and the line number within the file of the corresponding call. The
// boolean ok is false if it was not possible to recover the information.
//
//go:noinline
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	var rpc [1]uintptr
	if rtcallers(skip+1, &rpc[0], 1) < 1 {
		return
	}
	frame, _ := CallersFrames(rpc[:]).Next()
	return frame.PC, frame.File, frame.Line, frame.PC != 0
}

// Callers fills the slice pc with the return program counters of function
// invocations on the calling goroutine's stack. The argument skip is the
// number of stack frames to skip before recording in pc, with 0
// identifying the frame for Callers itself and 1 identifying the caller
// of Callers. It returns the number of entries written to pc.
//
//go:noinline
func Callers(skip int, pc []uintptr) int {
	if len(pc) == 0 {
		return 0
	}
	return rtcallers(skip, &pc[0], len(pc))
}

// Frames may be used to get function/file/line information for a slice of
// PC values returned by Callers.
type Frames struct {
	callers []uintptr
}

// Frame is the information returned by Frames for each call frame.
type Frame struct {
	// PC is the program counter for the location in this frame. For a
	// frame that calls another frame, this will be the program counter of
	// a call instruction.
	PC uintptr

	// Func is the Func value of this call frame. This may be nil for
	// non-Go code or fully inlined functions.
	Func *Func

	// Function is the package path-qualified function name of this call
	// frame.
	Function string

	// File and Line are the file name and line number of the location in
	// this frame.
	File string
	Line int

	startLine int
	noargs    bool

	// Entry point program counter for the function; may be zero if not
	// known. If Func is not nil then Entry == Func.Entry().
	Entry uintptr
}

// CallersFrames takes a slice of PCs returned by Callers and prepares to
// return function/file/line information. Do not change the slice until
// you are done with the Frames.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns a Frame representing the next call frame in the slice of
// PC values, and whether there are more frames to come.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.callers) > 0 {
		pc := ci.callers[0] - 1
		ci.callers = ci.callers[1:]
		var info pcInfo
		if !rtpcinfo(pc, &info) {
			continue
		}
		frame = Frame{
			PC:       pc,
			Function: info.name,
			File:     info.file,
			Line:     info.line,
			Entry:    info.entry,
			noargs:   info.noargs,
		}
		if !info.inlined {
			frame.Func = &Func{name: info.name, entry: info.entry}
		}
		return frame, len(ci.callers) > 0
	}
	return Frame{}, false
}

// A Func represents a Go function in the running binary.
type Func struct {
	name  string
	entry uintptr
}

// FuncForPC returns a *Func describing the function that contains the
// given program counter address, or else nil. If pc represents multiple
// functions because of inlining, it returns the *Func describing the
// innermost function, but with an entry of the outermost function.
func FuncForPC(pc uintptr) *Func {
	var info pcInfo
	if !rtpcinfo(pc, &info) {
		return nil
	}
	return &Func{name: info.name, entry: info.entry}
}

// Name returns the name of the function.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry returns the entry address of the function.
func (f *Func) Entry() uintptr {
	if f == nil {
		return 0
	}
	return f.entry
}

// FileLine returns the file name and line number of the source code
// corresponding to the program counter pc. The result will not be
// accurate if pc is not a program counter within f.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	var info pcInfo
	if f == nil || !rtpcinfo(pc, &info) {
		return "?", 0
	}
	return info.file, info.line
}

// Stack formats a stack trace of the calling goroutine into buf and
// returns the number of bytes written to buf, in the format of Go's
// tracebacks: "goroutine N [running]:", then per frame the function with
// its arguments (golift: "()" or "(...)") and a tab-indented file:line with the
// offset from the function's entry. Frames of package runtime are
// omitted, except its exported functions, as Go does. With all set, Go
// adds the other goroutines; golift formats only the calling one.
func Stack(buf []byte, all bool) int {
	var pcs [128]uintptr
	n := rtcallers(1, &pcs[0], len(pcs))
	w := stackWriter{buf: buf}
	w.str("goroutine ")
	w.dec(uint64(rtgoid()))
	w.str(" [running]:\n")
	frames := CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		if f.PC != 0 && showFrame(f.Function) {
			w.str(f.Function)
			if f.noargs {
				w.str("()\n\t")
			} else {
				w.str("(...)\n\t")
			}
			w.str(f.File)
			w.str(":")
			w.dec(uint64(f.Line))
			if f.Func != nil {
				w.str(" +0x")
				w.hex(uint64(f.PC + 1 - f.Entry))
			}
			w.str("\n")
		}
		if !more {
			break
		}
	}
	return w.n
}

// showFrame reports whether a traceback shows a frame of function name:
// not golift's or Go's runtime internals (runtime.main, runtime.goexit).
func showFrame(name string) bool {
	const rt = "runtime."
	if len(name) > len(rt) && name[:len(rt)] == rt {
		c := name[len(rt)]
		return 'A' <= c && c <= 'Z'
	}
	return true
}

// stackWriter appends text to a byte slice, dropping what does not fit.
type stackWriter struct {
	buf []byte
	n   int
}

func (w *stackWriter) str(s string) {
	w.n += copy(w.buf[w.n:], s)
}

func (w *stackWriter) dec(v uint64) {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	w.str(unsafe.String(&b[i], len(b)-i))
}

func (w *stackWriter) hex(v uint64) {
	var b [16]byte
	i := len(b)
	for {
		i--
		b[i] = "0123456789abcdef"[v%16]
		v /= 16
		if v == 0 {
			break
		}
	}
	w.str(unsafe.String(&b[i], len(b)-i))
}
