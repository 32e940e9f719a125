package main

import "runtime"

// runtime.Goexit runs every deferred call of the goroutine, innermost frame
// first; recover returns nil while it unwinds (Goexit is not a panic); a
// panic raised and recovered by a deferred call does not stop it.

func inner(trace *[]string) {
	defer func() { *trace = append(*trace, "inner deferred") }()
	defer func() {
		r := recover()
		*trace = append(*trace, "recover during Goexit is nil:")
		if r == nil {
			*trace = append(*trace, "yes")
		}
	}()
	runtime.Goexit()
	*trace = append(*trace, "inner: not reached")
}

func middle(trace *[]string) {
	defer func() { *trace = append(*trace, "middle deferred") }()
	for i := 0; i < 3; i++ {
		defer func(i int) { *trace = append(*trace, "loop defer", string(rune('0'+i))) }(i)
	}
	inner(trace)
	*trace = append(*trace, "middle: not reached")
}

func outer(trace *[]string, done chan bool) {
	defer func() { done <- true }()
	defer func() { *trace = append(*trace, "outer deferred") }()
	middle(trace)
	*trace = append(*trace, "outer: not reached")
}

// A panic raised by a deferred call while Goexit unwinds, and recovered by
// the next one: the frame's remaining defers run and Goexit goes on.
func recovered(done chan bool) {
	defer func() { done <- true }()
	defer println("outer deferred still runs")
	func() {
		defer println("after the recover")
		defer func() { println("recover:", recover().(string)) }()
		defer func() { panic("in defer") }()
		runtime.Goexit()
	}()
	println("recovered: not reached")
}

func main() {
	var trace []string
	done := make(chan bool)
	go outer(&trace, done)
	<-done
	for _, s := range trace {
		println(s)
	}

	// Goexit from a goroutine that another goroutine waits for, many times.
	n := 0
	for i := 0; i < 100; i++ {
		go func() {
			defer func() { done <- true }()
			runtime.Goexit()
		}()
		<-done
		n++
	}
	println("exited", n)

	go recovered(done)
	<-done
}
