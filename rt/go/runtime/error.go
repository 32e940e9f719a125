// Run-time errors: the runtime.Error interface. The panics golift's
// runtime raises (rt/src/error.rs) are values of rt's own error types.

package runtime

import "unsafe"

// The Error interface identifies a run time error.
type Error interface {
	error

	// RuntimeError is a no-op function but
	// serves to distinguish types that are run time
	// errors from ordinary errors: a type is a
	// run time error if it has a RuntimeError method.
	RuntimeError()
}

// A TypeAssertionError explains a failed type assertion. rt raises it
// (its message is built there); golift registers this type's descriptor
// with rt at initialisation, so the values rt raises are of this type.
type TypeAssertionError struct {
	msg string
}

// RuntimeError marks TypeAssertionError as a run-time error.
func (*TypeAssertionError) RuntimeError() {}

// Error returns the explanation: "interface conversion: ...".
func (e *TypeAssertionError) Error() string {
	return e.msg
}

// setTypeAssertionErrorType registers the descriptor of
// *TypeAssertionError with rt.
func setTypeAssertionErrorType(t unsafe.Pointer)

func init() {
	var x any = (*TypeAssertionError)(nil)
	setTypeAssertionErrorType((*eface)(unsafe.Pointer(&x)).typ)
}

// newErrorString returns the runtime.errorString value s ("runtime error: "
// + s as its Error text).
func newErrorString(s string) any

// The errors of integer overflow and division by zero, as Go's runtime
// defines them; math/bits pulls both by //go:linkname (its Div and Rem
// functions panic with them).
var (
	overflowError = newErrorString("integer overflow").(error)
	divideError   = newErrorString("integer divide by zero").(error)
)
