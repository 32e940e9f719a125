// sync.WaitGroup and sync.Once: Wait returns after every Done; Once runs
// its function exactly once even when many goroutines race to call Do;
// OnceFunc/OnceValue cache their result; a negative counter panics.
package main

import (
	"sync"
	"sync/atomic"
)

func main() {
	var wg sync.WaitGroup
	var n atomic.Int32
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n.Add(1)
		}()
	}
	wg.Wait()
	println(n.Load())

	var g sync.WaitGroup
	var m atomic.Int32
	for i := 0; i < 10; i++ {
		g.Go(func() { m.Add(2) })
	}
	g.Wait()
	println(m.Load())

	var once sync.Once
	var calls atomic.Int32
	var all sync.WaitGroup
	for i := 0; i < 20; i++ {
		all.Add(1)
		go func() {
			defer all.Done()
			once.Do(func() { calls.Add(1) })
		}()
	}
	all.Wait()
	once.Do(func() { calls.Add(1) })
	println(calls.Load())

	count := 0
	v := sync.OnceValue(func() int { count++; return 42 })
	println(v(), v(), count)
	f := sync.OnceFunc(func() { count += 10 })
	f()
	f()
	println(count)

	defer func() { println("recovered:", recover().(string)) }()
	var bad sync.WaitGroup
	bad.Add(1)
	bad.Done()
	bad.Done()
}
