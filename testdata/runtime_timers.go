// The runtime's timers as time.NewTimer, NewTicker and AfterFunc use them,
// reached through time's //go:linkname names with functions of our own:
// a timer fires once, no earlier than asked; Stop and Reset report whether
// a firing was still pending; after Stop or Reset returns, no value from
// before it is received (Go 1.23's synchronous timer channels); a ticker
// fires repeatedly until stopped; a stopped function timer never runs.
package main

import (
	"runtime"
	"unsafe"
)

type timer struct {
	c    unsafe.Pointer
	init bool
}

//go:linkname newTimer time.newTimer
func newTimer(when, period int64, f func(any, uintptr, int64), arg any, cp unsafe.Pointer) *timer

//go:linkname stopTimer time.stopTimer
func stopTimer(t *timer) bool

//go:linkname resetTimer time.resetTimer
func resetTimer(t *timer, when, period int64) bool

//go:linkname nanotime runtime.nanotime
func nanotime() int64

//go:linkname sleep time.Sleep
func sleep(ns int64)

const ms = 1_000_000

// send delivers the time the timer was due, if the channel has room.
func send(arg any, seq uintptr, delta int64) {
	select {
	case arg.(chan int64) <- nanotime() - delta:
	default:
	}
}

// goFunc runs arg in a new goroutine.
func goFunc(arg any, seq uintptr, delta int64) {
	go arg.(func())()
}

func chanTimer(when, period int64) (*timer, chan int64) {
	c := make(chan int64, 1)
	return newTimer(when, period, send, c, *(*unsafe.Pointer)(unsafe.Pointer(&c))), c
}

func ready(c chan int64) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

func oneShot() {
	start := nanotime()
	t, c := chanTimer(start+5*ms, 0)
	println("init", t.init)
	due := <-c
	println("fired on time", due >= start+5*ms, nanotime() >= start+5*ms)
	println("stop after receive", stopTimer(t))
	println("reset after receive", resetTimer(t, nanotime()+3600_000*ms, 0))
	println("stop armed", stopTimer(t), "again", stopTimer(t))
}

func synchronous() {
	t, c := chanTimer(nanotime()+ms, 0)
	sleep(20 * ms)
	println("stop with value unreceived", stopTimer(t), "stale value", ready(c))

	t, c = chanTimer(nanotime()+ms, 0)
	sleep(20 * ms)
	reset := nanotime()
	println("reset with value unreceived", resetTimer(t, reset+2*ms, 0), "stale value", ready(c))
	due := <-c
	println("value from after reset", due >= reset+2*ms)
}

func ticker() {
	start := nanotime()
	t, c := chanTimer(start+2*ms, 2*ms)
	last := start
	increasing := true
	for i := 0; i < 5; i++ {
		due := <-c
		increasing = increasing && due > last
		last = due
	}
	println("ticks increase", increasing, last >= start+10*ms)
	println("stop ticker", stopTimer(t))
	sleep(10 * ms)
	println("ticks after stop", ready(c))
}

func funcTimers() {
	ran := make(chan int, 3)
	stopped := newTimer(nanotime()+5*ms, 0, goFunc, func() { ran <- 1 }, nil)
	newTimer(nanotime()+2*ms, 0, goFunc, func() { ran <- 2 }, nil)
	println("stop func timer", stopTimer(stopped))
	println("func ran", <-ran)
	sleep(20 * ms)
	println("stopped func ran", len(ran))
}

func many() {
	results := make(chan int64, 50)
	start := nanotime()
	for i := 0; i < 50; i++ {
		d := int64(i%10+1) * ms
		newTimer(start+d, 0, func(arg any, seq uintptr, delta int64) {
			results <- nanotime() - start - arg.(int64)
		}, d, nil)
	}
	early := 0
	for i := 0; i < 50; i++ {
		if <-results < 0 {
			early++
		}
	}
	println("50 timers fired, early:", early)
}

func main() {
	println("timers of the", runtime.Compiler, "runtime")
	oneShot()
	synchronous()
	ticker()
	funcTimers()
	many()
}
