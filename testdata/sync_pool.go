package main

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// sync.Pool over the runtime's pinning (procPin returns the P's id, which
// indexes the pool's per-P locals), its cleanup at garbage collection, and
// atomic.Value, whose first store pins too.

type buf struct {
	id   int
	data []byte
}

func main() {
	var made atomic.Int32
	p := sync.Pool{New: func() any {
		n := made.Add(1)
		return &buf{id: int(n)}
	}}

	// One goroutine: a Put object comes back from the next Get.
	b := p.Get().(*buf)
	println("first Get calls New:", b.id, made.Load())
	b.data = append(b.data, "hello"...)
	p.Put(b)
	c := p.Get().(*buf)
	println("Get after Put returns it:", c == b, string(c.data))
	p.Put(c)

	// Two collections drop pooled objects (primary, then victim cache).
	runtime.GC()
	runtime.GC()
	d := p.Get().(*buf)
	println("after two GCs Get calls New again:", d != b, made.Load())

	// A pool without New returns nil when empty.
	var q sync.Pool
	println("empty pool without New:", q.Get() == nil)
	q.Put("x")
	println("and with one value:", q.Get().(string))

	// Many goroutines on every P: each object is used by one goroutine at
	// a time, and every Get yields a usable object.
	runtime.GOMAXPROCS(4)
	var wg sync.WaitGroup
	var bad atomic.Int32
	inUse := make([]atomic.Int32, 100000)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20000; i++ {
				x := p.Get().(*buf)
				if inUse[x.id].Add(1) != 1 {
					bad.Add(1)
				}
				x.data = append(x.data[:0], byte(i))
				if inUse[x.id].Add(-1) != 0 {
					bad.Add(1)
				}
				p.Put(x)
			}
		}()
	}
	wg.Wait()
	println("objects shared at once:", bad.Load())
	println("New calls bounded by goroutines:", made.Load() <= 3+8+8)

	// atomic.Value: the first Store pins while it publishes the type.
	var v atomic.Value
	println("Load before Store:", v.Load() == nil)
	var wg2 sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			v.CompareAndSwap(nil, "winner")
		}()
	}
	wg2.Wait()
	println("one CompareAndSwap from nil won:", v.Load().(string))
	old := v.Swap("next")
	println("Swap returns the old value:", old.(string), v.Load().(string))
}
