// runtime/trace's hooks. golift has no execution tracer: StartTrace says
// so with an error (runtime/trace.Start and testing's -test.trace return
// it), StopTrace and the flight recorder's advance do nothing, ReadTrace
// returns nil (gc's answer when no trace is running), and the user
// annotations (tasks, regions, logs) are dropped, as gc drops them while
// no trace runs. The trace clock is the monotonic clock in nanoseconds.

package runtime

import _ "unsafe"

// traceError is StartTrace's error.
type traceError struct{}

func (traceError) Error() string { return "runtime: tracing is not supported by golift" }

// StartTrace would enable tracing; golift has no tracer.
func StartTrace() error { return traceError{} }

// StopTrace stops a trace; none is ever running.
func StopTrace() {}

// ReadTrace returns the next chunk of trace data: nil, no trace runs.
func ReadTrace() []byte { return nil }

func traceClockNow() uint64 { return uint64(nanotime()) }

func traceAdvance(stopTrace bool) {}

//go:linkname traceClockUnitsPerSecond runtime/trace.runtime_traceClockUnitsPerSecond
func traceClockUnitsPerSecond() uint64 { return 1e9 }

//go:linkname trace_userTaskCreate runtime/trace.userTaskCreate
func trace_userTaskCreate(id, parentID uint64, taskType string) {}

//go:linkname trace_userTaskEnd runtime/trace.userTaskEnd
func trace_userTaskEnd(id uint64) {}

//go:linkname trace_userRegion runtime/trace.userRegion
func trace_userRegion(id, mode uint64, name string) {}

//go:linkname trace_userLog runtime/trace.userLog
func trace_userLog(id uint64, category, message string) {}
