// The hooks of package os that gc's runtime provides: what happens before
// os.Exit, the death by SIGPIPE of a program writing to a closed standard
// output, and SIGSYS around the pidfd probe.

package runtime

// os_beforeExit runs before os.Exit's system call. gc runs the exit hooks
// that the coverage and race tools register; golift has neither, so
// there is nothing to run (deferred calls do not run on os.Exit).
//
//go:linkname os_beforeExit os.runtime_beforeExit
func os_beforeExit(exitCode int) {}

// sigpipe kills the process with SIGPIPE (os calls it when a write to
// descriptor 1 or 2 fails with EPIPE).
func sigpipe()

// ignoreSIGSYS and restoreSIGSYS bracket os's probe of pidfd system
// calls, which a seccomp filter may answer with SIGSYS.
func ignoreSIGSYS()
func restoreSIGSYS()

//go:linkname os_sigpipe os.sigpipe
func os_sigpipe() { sigpipe() }

//go:linkname os_ignoreSIGSYS os.ignoreSIGSYS
func os_ignoreSIGSYS() { ignoreSIGSYS() }

//go:linkname os_restoreSIGSYS os.restoreSIGSYS
func os_restoreSIGSYS() { restoreSIGSYS() }
