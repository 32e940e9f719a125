// The runtime's semaphores, notify lists and sleep, reached the way sync
// and time reach them (their //go:linkname names): a counting semaphore
// admits exactly as many goroutines as it was released for, a semaphore
// used as a mutex loses no update, notify-list tickets wake oldest first,
// and sleeping lasts at least as long as asked.
package main

import (
	"runtime"
	"unsafe"
)

//go:linkname semacquire sync.runtime_Semacquire
func semacquire(addr *uint32)

//go:linkname semrelease sync.runtime_Semrelease
func semrelease(addr *uint32, handoff bool, skipframes int)

//go:linkname rwacquire sync.runtime_SemacquireRWMutex
func rwacquire(addr *uint32, lifo bool, skipframes int)

type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   unsafe.Pointer
	tail   unsafe.Pointer
}

//go:linkname notifyListAdd sync.runtime_notifyListAdd
func notifyListAdd(l *notifyList) uint32

//go:linkname notifyListWait sync.runtime_notifyListWait
func notifyListWait(l *notifyList, t uint32)

//go:linkname notifyListNotifyOne sync.runtime_notifyListNotifyOne
func notifyListNotifyOne(l *notifyList)

//go:linkname notifyListNotifyAll sync.runtime_notifyListNotifyAll
func notifyListNotifyAll(l *notifyList)

//go:linkname sleep time.Sleep
func sleep(ns int64)

//go:linkname nanotime runtime.nanotime
func nanotime() int64

func counting() {
	var gate, done uint32
	admitted := make(chan int, 10)
	for i := 0; i < 10; i++ {
		go func(i int) {
			semacquire(&gate)
			admitted <- i
			semrelease(&done, false, 0)
		}(i)
	}
	for i := 0; i < 6; i++ {
		semrelease(&gate, i%2 == 0, 0)
	}
	for i := 0; i < 6; i++ {
		semacquire(&done)
	}
	sleep(5_000_000)
	println("admitted", len(admitted), "left", gate)
	for i := 0; i < 4; i++ {
		semrelease(&gate, false, 0)
	}
	for i := 0; i < 4; i++ {
		semacquire(&done)
	}
	seen := 0
	for i := 0; i < 10; i++ {
		seen |= 1 << <-admitted
	}
	println("all admitted", seen == 1<<10-1, gate, done)
}

func mutex() {
	mu := uint32(1)
	var done uint32
	counter := 0
	for g := 0; g < 6; g++ {
		go func(g int) {
			for i := 0; i < 2000; i++ {
				rwacquire(&mu, i%4 == 0, 0)
				v := counter
				if i%500 == 0 {
					sleep(100_000)
				}
				counter = v + 1
				semrelease(&mu, i%3 == 0, 0)
			}
			semrelease(&done, false, 0)
		}(g)
	}
	for g := 0; g < 6; g++ {
		semacquire(&done)
	}
	println("counter", counter)
}

func tickets() {
	var l notifyList
	t := notifyListAdd(&l)
	notifyListNotifyOne(&l)
	notifyListWait(&l, t)
	println("notified before waiting: no wait")

	var mu uint32 = 1
	var added, done uint32
	var order []uint32
	for i := 0; i < 5; i++ {
		go func() {
			semacquire(&mu)
			t := notifyListAdd(&l)
			semrelease(&mu, false, 0)
			semrelease(&added, false, 0)
			notifyListWait(&l, t)
			semacquire(&mu)
			order = append(order, t)
			semrelease(&mu, false, 0)
			semrelease(&done, false, 0)
		}()
	}
	for i := 0; i < 5; i++ {
		semacquire(&added)
	}
	for i := 0; i < 2; i++ {
		notifyListNotifyOne(&l)
		semacquire(&done)
	}
	notifyListNotifyAll(&l)
	for i := 0; i < 3; i++ {
		semacquire(&done)
	}
	println("woken first", order[0], order[1], "in all", len(order))
}

func sleeping() {
	var done uint32
	late := make(chan bool, 8)
	for i := 1; i <= 8; i++ {
		go func(d int64) {
			t0 := nanotime()
			sleep(d)
			late <- nanotime()-t0 >= d
			semrelease(&done, false, 0)
		}(int64(i) * 1_000_000)
	}
	for i := 0; i < 8; i++ {
		semacquire(&done)
	}
	ok := true
	for i := 0; i < 8; i++ {
		ok = ok && <-late
	}
	t0 := nanotime()
	sleep(0)
	sleep(-5)
	println("slept long enough", ok, nanotime()-t0 < 1_000_000_000)
}

func main() {
	println("hooks of the", runtime.Compiler, "runtime")
	counting()
	mutex()
	tickets()
	sleeping()
	var never uint32
	semacquire(&never)
}
