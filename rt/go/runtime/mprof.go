// The profiling rates of package runtime. golift has no profiler: the
// rates are remembered and reported back, as gc's are, but no profile is
// ever recorded (testing sets them for its -test.*profile flags).

package runtime

// MemProfileRate is the number of bytes allocated between memory profile
// samples (gc's default); nothing samples allocations in golift.
var MemProfileRate int = 512 * 1024

// SetBlockProfileRate sets the blocking profile's rate; no profile is kept.
func SetBlockProfileRate(rate int) {}

var mutexProfileFraction int

// SetMutexProfileFraction sets the mutex profile's rate and returns the
// previous one (a negative rate only reads it); no profile is kept.
func SetMutexProfileFraction(rate int) int {
	old := mutexProfileFraction
	if rate >= 0 {
		mutexProfileFraction = rate
	}
	return old
}
