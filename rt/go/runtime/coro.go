// Coroutines for iter.Pull: newcoro and coroswitch, which package iter
// pulls with //go:linkname.
//
// A coroutine is a goroutine that runs only while another goroutine waits
// for it: coroswitch hands control to the other side of the coroutine and
// blocks until control comes back, so exactly one of the two runs at a
// time. As in Go, the switch is direct: rt's coroswitch (rt/src/sched/
// coro.rs) parks the caller in the coroutine and runs the goroutine that
// was blocked there on the same M and P, without the run queues. The
// coroutine is a goroutine (NumGoroutine counts it); its panics and Goexit
// are handled by iter.Pull, and its end (return, panic or Goexit) hands
// control back for good through coroexit.

package runtime

// A coro is a coroutine. rt reads and writes the leading fields (its
// Coro): the goroutine blocked in it, and the creator's thread lock state
// (the M as an address, the LockOSThread count).
type coro struct {
	gp        uintptr
	mp        uintptr
	lockedExt uint32
	f         func(*coro)
}

//go:linkname newcoro
func newcoro(f func(*coro)) *coro {
	c := &coro{f: f}
	corocreate(c, func() { corostart(c) })
	return c
}

// corostart runs on the coroutine's goroutine, from the first switch to
// it: it runs f and, however f ends, switches back for good.
func corostart(c *coro) {
	defer coroexit(c)
	c.f(c)
}

// corocreate makes a goroutine that will run start when first switched
// to through c, and blocks it in c.
func corocreate(c *coro, start func())

// coroswitch runs the goroutine blocked in c and blocks the caller in c
// until another switch on c.
//
//go:linkname coroswitch
func coroswitch(c *coro)

// coroexit ends the calling coroutine goroutine and runs the goroutine
// blocked in c.
func coroexit(c *coro)
