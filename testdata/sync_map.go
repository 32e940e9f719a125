// sync.Map: Store, Load, LoadOrStore, Delete, Range and Swap, with
// goroutines storing disjoint keys concurrently.
package main

import "sync"

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				m.Store(g*100+i, i)
			}
		}(g)
	}
	wg.Wait()
	n, sum := 0, 0
	m.Range(func(k, v any) bool {
		n++
		sum += v.(int)
		return true
	})
	println(n, sum)
	v, ok := m.Load(205)
	println(v.(int), ok)
	_, ok = m.Load(1000)
	println(ok)
	actual, loaded := m.LoadOrStore("k", "first")
	println(actual.(string), loaded)
	actual, loaded = m.LoadOrStore("k", "second")
	println(actual.(string), loaded)
	prev, loaded := m.Swap("k", "third")
	println(prev.(string), loaded)
	m.Delete("k")
	_, ok = m.Load("k")
	println(ok)
}
