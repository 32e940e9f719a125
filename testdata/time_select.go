// time.After in select: timeouts against channels that do or do not
// deliver in time.
package main

import "time"

func main() {
	slow := make(chan int)
	go func() {
		time.Sleep(200 * time.Millisecond)
		slow <- 1
	}()
	select {
	case v := <-slow:
		println("slow value", v)
	case <-time.After(20 * time.Millisecond):
		println("timeout")
	}

	fast := make(chan int)
	go func() { fast <- 7 }()
	select {
	case v := <-fast:
		println("fast value", v)
	case <-time.After(time.Second):
		println("timeout")
	}

	// A loop of receives with a per-iteration timeout.
	data := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			data <- i
			time.Sleep(time.Millisecond)
		}
	}()
	for {
		select {
		case v := <-data:
			println("got", v)
			continue
		case <-time.After(500 * time.Millisecond):
			println("idle: done")
		}
		break
	}

	// An overall deadline with time.NewTimer, stopped when done.
	deadline := time.NewTimer(time.Second)
	results := make(chan int)
	for i := 1; i <= 3; i++ {
		go func() {
			time.Sleep(time.Duration(i) * 10 * time.Millisecond)
			results <- i * i
		}()
	}
	sum := 0
	for i := 0; i < 3; i++ {
		select {
		case r := <-results:
			sum += r
		case <-deadline.C:
			println("deadline")
		}
	}
	println("sum", sum, "stopped", deadline.Stop())

	// select with several timers: the shortest wins.
	select {
	case <-time.After(2 * time.Second):
		println("2s")
	case <-time.After(10 * time.Millisecond):
		println("10ms")
	case <-time.After(time.Second):
		println("1s")
	}
}
