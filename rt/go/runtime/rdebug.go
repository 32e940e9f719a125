// The hooks of runtime/debug (its functions without bodies, which Go's
// runtime provides with //go:linkname): SetGCPercent, SetMemoryLimit,
// SetMaxStack, SetMaxThreads, SetPanicOnFault, FreeOSMemory,
// ReadGCStats, SetTraceback, ReadBuildInfo's module data and
// SetCrashOutput's file descriptor.
//
// golift has no garbage collector yet: the GC settings are remembered and
// returned (rt/src/mstats.rs) and the GC statistics report no cycle.
// SetMaxStack is enforced by morestack (rt/src/stack.rs). The thread
// limit, panic-on-fault, the traceback level and the crash output are
// remembered and returned but change nothing yet. WriteHeapDump is not
// provided: calling it dies with golift's "not implemented" error.

package runtime

import _ "unsafe" // for linkname

func rtsetgcpercent(p int32) int32
func rtsetmemorylimit(n int64) int64
func rtsetmaxstack(n int) int

//go:linkname setGCPercent runtime/debug.setGCPercent
func setGCPercent(in int32) (out int32) {
	return rtsetgcpercent(in)
}

//go:linkname setMemoryLimit runtime/debug.setMemoryLimit
func setMemoryLimit(in int64) (out int64) {
	return rtsetmemorylimit(in)
}

//go:linkname setMaxStack runtime/debug.setMaxStack
func setMaxStack(in int) (out int) {
	return rtsetmaxstack(in)
}

// maxThreads is Go's limit on OS threads (10000); golift does not enforce it.
var maxThreads = 10000

//go:linkname setMaxThreads runtime/debug.setMaxThreads
func setMaxThreads(in int) (out int) {
	out = maxThreads
	maxThreads = in
	return out
}

// panicOnFault is remembered only: golift reports every fault as Go's
// fatal signal error.
var panicOnFault bool

//go:linkname setPanicOnFault runtime/debug.setPanicOnFault
func setPanicOnFault(new bool) (old bool) {
	old = panicOnFault
	panicOnFault = new
	return old
}

// freeOSMemory forces a collection and returns memory to the OS; with no
// collector there is nothing to free.
//
//go:linkname freeOSMemory runtime/debug.freeOSMemory
func freeOSMemory() {}

// readGCStats passes back, as Go's does, the pause history (none), the
// time of the last collection, their number and the total pause: all zero.
//
//go:linkname readGCStats runtime/debug.readGCStats
func readGCStats(pauses *[]uint64) {
	p := *pauses
	if cap(p) < 256+3 {
		throw("short slice passed to readGCStats")
	}
	p = p[:3]
	p[0], p[1], p[2] = 0, 0, 0
	*pauses = p
}

// tracebackLevel is remembered only (golift prints no goroutine
// tracebacks after a fatal error yet).
var tracebackLevel string

//go:linkname setTraceback runtime/debug.SetTraceback
func setTraceback(level string) {
	tracebackLevel = level
}

// debug_modinfo is the module information gc's linker embeds; golift
// embeds none, so runtime/debug.ReadBuildInfo reports ok == false.
//
//go:linkname debug_modinfo runtime/debug.modinfo
func debug_modinfo() string {
	return ""
}

// crashFD is the extra crash output file of SetCrashOutput (remembered
// only; ^uintptr(0) means none).
var crashFD = ^uintptr(0)

// setCrashFD sets the crash output file descriptor; the previous one.
func setCrashFD(fd uintptr) uintptr {
	old := crashFD
	crashFD = fd
	return old
}
