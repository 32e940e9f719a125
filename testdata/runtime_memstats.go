// runtime.ReadMemStats: the counters move with allocation; the size-class
// table is Go's; statistics that depend on when a collection runs are not
// printed.
package main

import "runtime"

var sink [][]byte

func main() {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	for i := 0; i < 1000; i++ {
		sink = append(sink, make([]byte, 100))
	}
	runtime.ReadMemStats(&b)
	println(b.Mallocs-a.Mallocs >= 1000, b.TotalAlloc-a.TotalAlloc >= 1000*112)
	println(b.HeapAlloc > 0, b.Alloc == b.HeapAlloc, b.HeapInuse > 0, b.HeapSys >= b.HeapInuse)
	println(b.Sys >= b.HeapSys, b.HeapObjects > 0, b.EnableGC, b.DebugGC)
	println(len(b.BySize), len(b.PauseNs), len(b.PauseEnd))
	for _, i := range []int{0, 1, 2, 10, 30, 60} {
		println(i, b.BySize[i].Size)
	}
	println(b.BySize[8].Mallocs >= 1000)
}
