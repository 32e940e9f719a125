// time.Ticker: ticks arrive at the period (counted with a tolerance),
// Stop ends them, Reset changes the period; time.Tick.
package main

import "time"

func main() {
	start := time.Now()
	tk := time.NewTicker(10 * time.Millisecond)
	println("len, cap:", len(tk.C), cap(tk.C))
	prev := start
	monotonic := true
	for i := 0; i < 5; i++ {
		v := <-tk.C
		if v.Before(prev) {
			monotonic = false
		}
		prev = v
	}
	el := time.Since(start)
	println("5 ticks took at least 50ms:", el >= 50*time.Millisecond, "less than 2s:", el < 2*time.Second)
	println("tick times increase:", monotonic)
	tk.Stop()
	time.Sleep(30 * time.Millisecond)
	select {
	case <-tk.C:
		println("tick after stop")
	default:
		println("no tick after stop")
	}

	tk.Reset(5 * time.Millisecond)
	<-tk.C
	<-tk.C
	println("ticks again after reset")
	tk.Stop()

	// A slow receiver drops ticks instead of queueing them.
	tk = time.NewTicker(2 * time.Millisecond)
	time.Sleep(50 * time.Millisecond)
	n := 0
	for {
		select {
		case <-tk.C:
			n++
			continue
		default:
		}
		break
	}
	println("ticks buffered for a slow receiver at most 1:", n <= 1)
	tk.Stop()

	c := time.Tick(5 * time.Millisecond)
	<-c
	<-c
	println("time.Tick ticks")
	println("time.Tick(0) is nil:", time.Tick(0) == nil)

	func() {
		defer func() { println("recovered:", recover().(string)) }()
		time.NewTicker(0)
	}()
}
