// time.Timer, AfterFunc, Stop and Reset with Go 1.23's synchronous timer
// channels: no stale value is received after Stop or Reset, and a timer
// channel reports len and cap 0.
package main

import (
	"sync/atomic"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(20 * time.Millisecond)
	println("len, cap:", len(t.C), cap(t.C))
	v := <-t.C
	println("fired after 20ms:", time.Since(start) >= 20*time.Millisecond, "value after start:", !v.Before(start))
	println("stop after firing:", t.Stop())

	t = time.NewTimer(time.Hour)
	println("stop pending:", t.Stop())
	println("stop again:", t.Stop())
	select {
	case <-t.C:
		println("unexpected value")
	default:
		println("no value after stop")
	}

	// A timer that expired but whose value was never received: Stop
	// reports that it was still pending in Go 1.23 and drops the value.
	t = time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	println("len after expiry:", len(t.C))
	println("stop expired unreceived:", t.Stop())
	select {
	case <-t.C:
		println("stale value")
	default:
		println("no stale value")
	}

	// Reset of an expired, unreceived timer: only the new firing arrives.
	t = time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	start = time.Now()
	println("reset expired:", t.Reset(30*time.Millisecond))
	<-t.C
	println("new firing after reset:", time.Since(start) >= 30*time.Millisecond)
	println("reset fired:", t.Reset(time.Hour))
	println("reset active:", t.Reset(10*time.Millisecond))
	<-t.C
	println("received after second reset")

	// AfterFunc runs f in its own goroutine; Stop before it runs prevents it.
	var n atomic.Int32
	done := make(chan bool)
	af := time.AfterFunc(10*time.Millisecond, func() {
		n.Add(1)
		done <- true
	})
	<-done
	println("afterfunc ran:", n.Load())
	println("afterfunc stop after run:", af.Stop())
	af2 := time.AfterFunc(time.Hour, func() { n.Add(100) })
	println("afterfunc stop before run:", af2.Stop())
	af3 := time.AfterFunc(time.Hour, func() {
		n.Add(10)
		done <- true
	})
	println("afterfunc reset:", af3.Reset(5*time.Millisecond))
	<-done
	println("n:", n.Load())
	println("afterfunc C is nil:", af.C == nil)

	// Many timers fire in the order of their deadlines.
	ch := make(chan int, 5)
	for _, d := range []int{120, 30, 90, 60, 150} {
		time.AfterFunc(time.Duration(d)*time.Millisecond, func() { ch <- d })
	}
	for i := 0; i < 5; i++ {
		print(<-ch, " ")
	}
	println()

	// time.After and a zero or negative timer fire at once.
	<-time.After(0)
	<-time.NewTimer(-time.Second).C
	println("zero and negative timers fired")
}
