// Call-stack introspection: Caller, FuncForPC and Func.
//
// golift does not emit a pc -> function/file:line table yet, so these
// report what Go reports when the information is missing: Caller's ok is
// false and FuncForPC returns nil (whose Name is "").

package runtime

// Caller reports file and line number information about function
// invocations on the calling goroutine's stack. golift has no pc table
// yet: it always returns ok == false.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	return 0, "", 0, false
}

// A Func represents a Go function in the running binary.
type Func struct {
	name string
}

// FuncForPC returns a *Func describing the function that contains the
// given program counter address, or else nil. golift has no pc table
// yet: it always returns nil.
func FuncForPC(pc uintptr) *Func {
	return nil
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
	return 0
}

// FileLine returns the file name and line number of the source code
// corresponding to the program counter pc.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	return "", 0
}
