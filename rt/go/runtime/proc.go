// The scheduler's API (rt/src/sched/api.rs implements the entries).

package runtime

// Gosched yields the processor, allowing other goroutines to run. It does
// not suspend the current goroutine, so execution resumes automatically.
func Gosched()

// Goexit terminates the goroutine that calls it, after running all its
// deferred calls. Calling Goexit from the main goroutine terminates that
// goroutine without func main returning.
func Goexit()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// LockOSThread wires the calling goroutine to its current operating
// system thread until it has called UnlockOSThread as many times.
func LockOSThread()

// UnlockOSThread undoes an earlier call to LockOSThread.
func UnlockOSThread()

// gomaxprocs sets GOMAXPROCS to n when n > 0 and returns the previous
// setting.
func gomaxprocs(n int) int

// GOMAXPROCS sets the maximum number of CPUs that can be executing
// simultaneously and returns the previous setting. If n < 1, it does not
// change the current setting.
func GOMAXPROCS(n int) int {
	return gomaxprocs(n)
}

// entersyscall and exitsyscall bracket a system call that may block: while
// it lasts, sysmon may hand the M's P to another M, and exitsyscall gets a
// P back, waiting for one if need be (rt/src/sched/syscall.rs). Package
// syscall pulls them (//go:linkname runtime_entersyscall
// runtime.entersyscall).
func entersyscall()
func exitsyscall()
