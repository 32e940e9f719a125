// Clocks and sleeping: the hooks that time pulls with //go:linkname, over
// rt's clocks and timers (rt/src/time.rs). Timers and tickers
// (time.newTimer, stopTimer, resetTimer) are not hooked yet.

package runtime

import _ "unsafe" // for go:linkname

// nanotime is the monotonic clock in nanoseconds.
func nanotime() int64

// walltime is the wall clock: seconds and nanoseconds since 1970.
func walltime() (sec int64, nsec int64)

// timeSleep parks the goroutine for ns nanoseconds (wait reason "sleep").
func timeSleep(ns int64)

//go:linkname time_Sleep time.Sleep
func time_Sleep(ns int64) {
	timeSleep(ns)
}

//go:linkname time_now time.now
func time_now() (sec int64, nsec int32, mono int64) {
	s, ns := walltime()
	return s, int32(ns), nanotime()
}

//go:linkname time_runtimeNow time.runtimeNow
func time_runtimeNow() (sec int64, nsec int32, mono int64) {
	return time_now()
}

//go:linkname time_runtimeNano time.runtimeNano
func time_runtimeNano() int64 {
	return nanotime()
}

// time_runtimeIsBubbled: golift has no synctest bubbles.
//
//go:linkname time_runtimeIsBubbled time.runtimeIsBubbled
func time_runtimeIsBubbled() bool {
	return false
}
