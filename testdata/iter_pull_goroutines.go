package main

// iter.Pull with goroutines: pulls in many goroutines at once, next and
// stop called from goroutines other than the creator, iterators that block
// on channels, mutexes and sleeps while the puller waits, Goexit inside an
// iterator, and a pull on a thread-locked goroutine.

import (
	"fmt"
	"iter"
	"runtime"
	"sync"
	"time"
)

func squares(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i * i) {
				return
			}
		}
	}
}

func main() {
	// Many goroutines, each with its own pull, switching concurrently.
	const workers = 16
	results := make([]int, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			next, stop := iter.Pull(squares(1000 + w))
			defer stop()
			s := 0
			for {
				v, ok := next()
				if !ok {
					break
				}
				s += v % 1000
				if v%97 == 0 {
					runtime.Gosched()
				}
			}
			results[w] = s
		}()
	}
	wg.Wait()
	fmt.Println(results)

	// next called from a different goroutine each time.
	next, stop := iter.Pull(squares(10))
	for i := 0; i < 4; i++ {
		done := make(chan struct{})
		go func() {
			defer close(done)
			v, ok := next()
			fmt.Println("from goroutine", i, v, ok)
		}()
		<-done
	}
	v, ok := next()
	fmt.Println("from main", v, ok)
	done := make(chan struct{})
	go func() {
		defer close(done)
		stop()
		fmt.Println("stopped from a goroutine")
	}()
	<-done
	fmt.Println(next())

	// The iterator blocks on a channel fed by another goroutine.
	feed := make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			time.Sleep(time.Millisecond)
			feed <- i * 10
		}
		close(feed)
	}()
	fromChan := func(yield func(int) bool) {
		for v := range feed {
			if !yield(v) {
				return
			}
		}
	}
	for next, stop := iter.Pull(fromChan); ; {
		v, ok := next()
		if !ok {
			stop()
			break
		}
		fmt.Println("fed", v)
	}

	// The iterator takes a mutex held by another goroutine for a while,
	// and sleeps.
	var mu sync.Mutex
	mu.Lock()
	go func() {
		time.Sleep(2 * time.Millisecond)
		mu.Unlock()
	}()
	locked := func(yield func(string) bool) {
		mu.Lock()
		defer mu.Unlock()
		time.Sleep(time.Millisecond)
		yield("got the lock")
	}
	nl, sl := iter.Pull(locked)
	fmt.Println(nl())
	sl()
	mu.Lock()
	fmt.Println("lock released by the iterator's cleanup")
	mu.Unlock()

	// Goexit in the iterator ends the goroutine calling next, after the
	// deferred calls of both.
	finished := make(chan string)
	go func() {
		defer func() { finished <- "caller's defers ran" }()
		defer fmt.Println("caller defer, recover:", recover())
		next, stop := iter.Pull(func(yield func(int) bool) {
			defer fmt.Println("iterator defer")
			yield(1)
			runtime.Goexit()
		})
		defer stop()
		fmt.Println(next())
		fmt.Println(next())
		fmt.Println("not reached")
	}()
	fmt.Println(<-finished)

	// Goexit during stop's cleanup.
	go func() {
		defer func() { finished <- "stop's caller exited" }()
		next, stop := iter.Pull(func(yield func(int) bool) {
			for yield(0) {
			}
			runtime.Goexit()
		})
		defer fmt.Println("deferred before stop")
		fmt.Println(next())
		stop()
		fmt.Println("not reached either")
	}()
	fmt.Println(<-finished)

	// A goroutine locked to its thread pulls (the coroutine inherits the
	// lock while it runs).
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		next, stop := iter.Pull(squares(3))
		defer stop()
		s := 0
		for {
			v, ok := next()
			if !ok {
				break
			}
			s += v
		}
		finished <- fmt.Sprint("locked sum ", s)
	}()
	fmt.Println(<-finished)

	// Pulls created in one goroutine and drained concurrently by two
	// others, each owning one of them.
	n1, s1 := iter.Pull(squares(500))
	n2, s2 := iter.Pull(squares(300))
	out := make(chan int)
	for _, n := range []func() (int, bool){n1, n2} {
		go func() {
			c := 0
			for {
				_, ok := n()
				if !ok {
					break
				}
				c++
			}
			out <- c
		}()
	}
	a, b := <-out, <-out
	fmt.Println("drained", a+b)
	s1()
	s2()
	runtime.GC()
	fmt.Println("end")
}
