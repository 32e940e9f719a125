// Temporary stand-ins for runtime.Callers and CallersFrames (reflect's
// Value.Call error paths use them) until the pctab lane's symtab.go
// brings the real ones: no pc table, so no frames. Deleted at merge.

package runtime

// Frames may be used to get function/file/line information for a slice
// of PC values returned by Callers.
type Frames struct {
	callers []uintptr
}

// Frame is the information returned by Frames for each call frame.
type Frame struct {
	PC        uintptr
	Func      *Func
	Function  string
	File      string
	Line      int
	startLine int
	Entry     uintptr
}

// Callers fills pc with the return program counters of the calling
// goroutine's stack. Without a pc table it records none.
func Callers(skip int, pc []uintptr) int {
	return 0
}

// CallersFrames takes a slice of PCs returned by Callers and prepares to
// return function/file/line information.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns a Frame for the next call frame; without a pc table there
// is none.
func (ci *Frames) Next() (frame Frame, more bool) {
	return Frame{}, false
}
