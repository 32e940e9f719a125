// os/signal's hooks over rt's signal queue (rt/src/sigqueue.rs): enabling,
// disabling and ignoring signals, receiving them in os/signal's loop
// goroutine, and waiting until no delivery is under way.

package runtime

func sigenable(sig uint32)
func sigdisable(sig uint32)
func sigignore(sig uint32)
func sigignored(sig uint32) bool

// sigrecv blocks (in a system call) until a wanted signal arrives.
func sigrecv() uint32

// sigidle: no delivery under way and the receiver waiting.
func sigidle() bool

//go:linkname signal_enable os/signal.signal_enable
func signal_enable(sig uint32) { sigenable(sig) }

//go:linkname signal_disable os/signal.signal_disable
func signal_disable(sig uint32) { sigdisable(sig) }

//go:linkname signal_ignore os/signal.signal_ignore
func signal_ignore(sig uint32) { sigignore(sig) }

//go:linkname signal_ignored os/signal.signal_ignored
func signal_ignored(sig uint32) bool { return sigignored(sig) }

//go:linkname signal_recv os/signal.signal_recv
func signal_recv() uint32 { return sigrecv() }

// signalWaitUntilIdle waits until signals already sent have reached
// os/signal's loop and it waits for more (so signal.Stop's channel gets
// nothing afterwards).
//
//go:linkname signalWaitUntilIdle os/signal.signalWaitUntilIdle
func signalWaitUntilIdle() {
	for !sigidle() {
		Gosched()
	}
}
