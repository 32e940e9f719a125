// The network poller: the hooks that internal/poll pulls with
// //go:linkname (fd_poll_runtime.go), over rt's epoll poller
// (rt/src/netpoll.rs; rt/ABI.md "Network poller"). A pollDesc lives
// outside the Go heap and is never freed, so internal/poll keeps it as a
// uintptr (runtimeCtx). A goroutine waiting for a descriptor parks
// (wait reason "IO wait"); the M runs other goroutines meanwhile.

package runtime

// The error codes of runtime_pollReset and runtime_pollWait, as
// internal/poll's fd_poll_runtime.go defines them.
const (
	pollNoError        = 0 // no error
	pollErrClosing     = 1 // descriptor is closed
	pollErrTimeout     = 2 // I/O timeout
	pollErrNotPollable = 3 // general error polling descriptor
)

// rt's entries.
func netpollServerInit()
func netpollIsPollDescriptor(fd uintptr) bool
func netpollOpen(fd uintptr) (pd uintptr, errno int)
func netpollClose(pd uintptr)
func netpollReset(pd uintptr, mode int) int
func netpollWait(pd uintptr, mode int) int
func netpollWaitCanceled(pd uintptr, mode int)
func netpollSetDeadline(pd uintptr, d int64, mode int)
func netpollUnblock(pd uintptr)

//go:linkname poll_runtime_pollServerInit internal/poll.runtime_pollServerInit
func poll_runtime_pollServerInit() {
	netpollServerInit()
}

// poll_runtime_isPollServerDescriptor reports whether fd is one of the
// poller's own descriptors (the epoll instance or its eventfd).
//
//go:linkname poll_runtime_isPollServerDescriptor internal/poll.runtime_isPollServerDescriptor
func poll_runtime_isPollServerDescriptor(fd uintptr) bool {
	return netpollIsPollDescriptor(fd)
}

// poll_runtime_pollOpen registers fd with the poller: its descriptor, or
// an errno.
//
//go:linkname poll_runtime_pollOpen internal/poll.runtime_pollOpen
func poll_runtime_pollOpen(fd uintptr) (uintptr, int) {
	return netpollOpen(fd)
}

//go:linkname poll_runtime_pollClose internal/poll.runtime_pollClose
func poll_runtime_pollClose(pd uintptr) {
	netpollClose(pd)
}

// poll_runtime_pollReset prepares pd for a wait in mode ('r' or 'w').
//
//go:linkname poll_runtime_pollReset internal/poll.runtime_pollReset
func poll_runtime_pollReset(pd uintptr, mode int) int {
	return netpollReset(pd, mode)
}

// poll_runtime_pollWait waits until pd is ready in mode ('r' or 'w'),
// closed, or past its deadline.
//
//go:linkname poll_runtime_pollWait internal/poll.runtime_pollWait
func poll_runtime_pollWait(pd uintptr, mode int) int {
	return netpollWait(pd, mode)
}

//go:linkname poll_runtime_pollWaitCanceled internal/poll.runtime_pollWaitCanceled
func poll_runtime_pollWaitCanceled(pd uintptr, mode int) {
	netpollWaitCanceled(pd, mode)
}

// poll_runtime_pollSetDeadline sets the deadline of mode ('r', 'w' or
// 'r'+'w') to d nanoseconds from now (0: none; negative: expired).
//
//go:linkname poll_runtime_pollSetDeadline internal/poll.runtime_pollSetDeadline
func poll_runtime_pollSetDeadline(pd uintptr, d int64, mode int) {
	netpollSetDeadline(pd, d, mode)
}

// poll_runtime_pollUnblock wakes pd's waiters because it is closing.
//
//go:linkname poll_runtime_pollUnblock internal/poll.runtime_pollUnblock
func poll_runtime_pollUnblock(pd uintptr) {
	netpollUnblock(pd)
}
