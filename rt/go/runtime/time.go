// Clocks, sleeping and timers: the hooks that time pulls with
// //go:linkname, over rt's clocks and timer heaps (rt/src/time.rs).
//
// time.Timer, time.Ticker and time.AfterFunc point at a timeTimer. Its rt
// timer starts a goroutine running timeTimer.run at each firing (Go code
// does not run on the scheduler's stack, where rt runs timers); run calls
// the time package's function (sendTime: a non-blocking send on the
// channel; goFunc: `go f()`) unless a stop or reset came after the firing.
// Runs, stops and resets hold the timer's semaphore mu, and stops and
// resets empty the channel, so no value from before a Stop or Reset is
// received after it returns (Go 1.23's synchronous timer channels). As in
// Go, len and cap of a timer channel report 0 (rt's chantimer marks it).
// Timers are never freed (there is no GC yet).

package runtime

import "unsafe"

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

// timeTimer is the allocation behind *time.Timer and *time.Ticker: their
// fields (C, initTimer) first, then the runtime's.
type timeTimer struct {
	c    unsafe.Pointer
	init bool
	// ch is the channel emptied by stop and reset (nil: AfterFunc).
	ch unsafe.Pointer
	// rt is rt's timer (a GoTimer).
	rt unsafe.Pointer
	// mu is a semaphore, 1 when free: it serialises runs, stops and resets.
	mu     uint32
	period int64
	f      func(arg any, seq uintptr, delta int64)
	arg    any
}

// noFiring is timerFired's seq when another goroutine took the firing.
const noFiring = ^uint64(0)

// rt's timers (rt/ABI.md "Semaphores, notify lists, clocks and timers").
func timerNew(fire func()) unsafe.Pointer
func timerReset(t unsafe.Pointer, when, period int64) bool
func timerStop(t unsafe.Pointer) bool
func timerSeq(t unsafe.Pointer) uint64
func timerInflight(t unsafe.Pointer) uint64
func timerFired(t unsafe.Pointer) (seq uint64, when int64)

// selectnbrecv receives from c if it can without blocking (selected is
// then 1); elem nil discards the value. Its results are words, as the
// compiler declares this entry for select statements.
func selectnbrecv(elem unsafe.Pointer, c unsafe.Pointer) (selected uint64, received uint64)

// chantimer marks channel c as a timer's: len and cap report 0.
func chantimer(c unsafe.Pointer)

//go:linkname newTimer time.newTimer
func newTimer(when, period int64, f func(arg any, seq uintptr, delta int64), arg any, c unsafe.Pointer) *timeTimer {
	t := &timeTimer{init: true, ch: c, mu: 1, period: period, f: f, arg: arg}
	if c != nil {
		chantimer(c)
	}
	t.rt = timerNew(t.run)
	timerReset(t.rt, when, period)
	return t
}

//go:linkname stopTimer time.stopTimer
func stopTimer(t *timeTimer) bool {
	semacquire1(&t.mu, false, waitReasonSemacquire)
	pending := t.stopLocked()
	semrelease(&t.mu, false)
	return pending
}

//go:linkname resetTimer time.resetTimer
func resetTimer(t *timeTimer, when, period int64) bool {
	semacquire1(&t.mu, false, waitReasonSemacquire)
	pending := t.stopLocked()
	t.period = period
	timerReset(t.rt, when, period)
	semrelease(&t.mu, false)
	return pending
}

// stopLocked disarms t (mu held) and empties its channel: whether a firing
// was pending, armed or in flight, or its value was still unreceived.
func (t *timeTimer) stopLocked() bool {
	pending := timerStop(t.rt)
	if t.period == 0 && timerInflight(t.rt) > 0 {
		pending = true
	}
	if t.ch != nil {
		if drained, _ := selectnbrecv(nil, t.ch); drained != 0 {
			pending = true
		}
	}
	return pending
}

// run is the goroutine of one firing.
func (t *timeTimer) run() {
	semacquire1(&t.mu, false, waitReasonSemacquire)
	seq, when := timerFired(t.rt)
	if seq != noFiring && seq == timerSeq(t.rt) {
		t.f(t.arg, uintptr(seq), nanotime()-when)
	}
	semrelease(&t.mu, false)
}
