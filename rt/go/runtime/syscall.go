// The hooks of package syscall (and internal/syscall/unix) that gc's
// runtime provides: the page size, exiting, the bracket around fork,
// fcntl and the vDSO getrandom.
//
// syscall.Syscall and friends have Go bodies in syscall_linux.go: they
// call runtime.entersyscall/exitsyscall (proc.go) around the raw call
// (rt/src/syscall.rs), so a blocking system call hands the P on as in gc.

package runtime

import (
	"internal/runtime/syscall/linux"
	"unsafe"
)

// exit ends the process with status code at once: no deferred calls run.
func exit(code int32)

// getpagesize is the system's page size.
func getpagesize() int

// write writes n bytes at p to descriptor fd: the count, or minus errno.
func write(fd uintptr, p unsafe.Pointer, n int32) int32

//go:linkname syscall_Getpagesize syscall.Getpagesize
func syscall_Getpagesize() int { return getpagesize() }

//go:linkname syscall_Exit syscall.Exit
func syscall_Exit(code int) {
	exit(int32(code))
}

// fcntl is internal/syscall/unix's fcntl: the result and the errno.
func fcntl(fd, cmd, arg int32) (ret int32, errno int32) {
	r, _, err := linux.Syscall6(linux.SYS_FCNTL, uintptr(fd), uintptr(cmd), uintptr(arg), 0, 0, 0)
	return int32(r), int32(err)
}

// vgetrandom is the vDSO's getrandom, which golift does not use:
// internal/syscall/unix then makes the system call.
func vgetrandom(p []byte, flags uint32) (ret int, supported bool) {
	return -1, false
}

// forkBefore, forkAfter and forkAfterInChild bracket fork: before it,
// signals are blocked and the M may not be preempted, so the child starts
// with no handler able to run Go code; after it the parent restores its
// mask, and the child also resets the handlers rt installed to their
// defaults before exec (rt/src/signal.rs).
func forkBefore()
func forkAfter()
func forkAfterInChild()

//go:linkname syscall_runtime_BeforeFork syscall.runtime_BeforeFork
func syscall_runtime_BeforeFork() { forkBefore() }

//go:linkname syscall_runtime_AfterFork syscall.runtime_AfterFork
func syscall_runtime_AfterFork() { forkAfter() }

//go:linkname syscall_runtime_AfterForkInChild syscall.runtime_AfterForkInChild
func syscall_runtime_AfterForkInChild() { forkAfterInChild() }

// syscall_runtime_BeforeExec and AfterExec: gc serialises exec with
// thread creation (execLock) so that a new thread never sees a half-done
// exec; golift's Ms are created by rt without a lock to take, and exec
// replaces the whole process anyway.
//
//go:linkname syscall_runtime_BeforeExec syscall.runtime_BeforeExec
func syscall_runtime_BeforeExec() {}

//go:linkname syscall_runtime_AfterExec syscall.runtime_AfterExec
func syscall_runtime_AfterExec() {}
