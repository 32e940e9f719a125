// Coroutines for iter.Pull: newcoro and coroswitch, which package iter
// pulls with //go:linkname.
//
// A coroutine is a goroutine that runs only while another goroutine waits
// for it: coroswitch hands control to the other side of the coroutine and
// blocks until control comes back, so exactly one of the two runs at a
// time. golift makes the hand-off with an unbuffered channel (the
// scheduler switches stacks); Go switches the two goroutines' stacks
// directly, which is faster but observably the same: the coroutine is a
// goroutine (NumGoroutine counts it) and its panics and Goexit are
// handled by iter.Pull.
//
// Invariant: at most one of the two parties is outside a channel
// operation on c.ch, so a send is always received by the other party.

package runtime

// A coro is a coroutine: f running on its own goroutine, and the channel
// control is handed over on.
type coro struct {
	f  func(*coro)
	ch chan struct{}
}

//go:linkname newcoro
func newcoro(f func(*coro)) *coro {
	c := &coro{f: f, ch: make(chan struct{})}
	go corostart(c)
	return c
}

// corostart runs on the coroutine's goroutine: it waits for the first
// switch, runs f and hands control back for good when f returns.
func corostart(c *coro) {
	<-c.ch
	c.f(c)
	c.ch <- struct{}{}
}

//go:linkname coroswitch
func coroswitch(c *coro) {
	c.ch <- struct{}{}
	<-c.ch
}
