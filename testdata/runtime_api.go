package main

import "runtime"

type node struct {
	next *node
	v    int
}

func main() {
	println(runtime.NumCPU() > 0)
	prev := runtime.GOMAXPROCS(0)
	println(prev > 0, runtime.GOMAXPROCS(0) == prev)
	old := runtime.GOMAXPROCS(2)
	println(old == prev, runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(prev)

	println(runtime.NumGoroutine())
	done := make(chan bool)
	go func() {
		runtime.Gosched()
		done <- true
	}()
	println(runtime.NumGoroutine())
	<-done

	runtime.LockOSThread()
	runtime.LockOSThread()
	runtime.UnlockOSThread()
	runtime.UnlockOSThread()
	runtime.UnlockOSThread()

	n := &node{v: 1}
	runtime.SetFinalizer(n, func(*node) {})
	runtime.SetFinalizer(n, nil)
	c := runtime.AddCleanup(n, func(v int) { println("cleanup", v) }, 7)
	c.Stop()
	runtime.GC()
	runtime.KeepAlive(n)
	println(n.v)

	exited := make(chan bool)
	go func() {
		defer func() { exited <- true }()
		defer println("deferred before Goexit")
		runtime.Goexit()
		println("not reached")
	}()
	<-exited

	var f *runtime.Func = runtime.FuncForPC(0)
	println(f == nil, f.Name() == "")
}
