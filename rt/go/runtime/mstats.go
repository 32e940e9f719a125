// Memory statistics: MemStats and ReadMemStats, over the allocator's
// counters (rt/src/mstats.rs, rt/src/mem).
//
// golift has no garbage collector yet: nothing is freed and no cycle
// runs, so every allocated object counts as live (Alloc == TotalAlloc,
// Frees == 0, HeapObjects == Mallocs), NumGC and the pause statistics are
// zero, and NextGC is the heap goal GOGC would set for that heap. Fields
// for memory the runtime does not account yet (stacks, spans, caches,
// other runtime data) are zero.

package runtime

// A MemStats records statistics about the memory allocator.
type MemStats struct {
	// General statistics.
	Alloc      uint64
	TotalAlloc uint64
	Sys        uint64
	Lookups    uint64
	Mallocs    uint64
	Frees      uint64

	// Heap memory statistics.
	HeapAlloc    uint64
	HeapSys      uint64
	HeapIdle     uint64
	HeapInuse    uint64
	HeapReleased uint64
	HeapObjects  uint64

	// Stack memory statistics.
	StackInuse uint64
	StackSys   uint64

	// Off-heap memory statistics.
	MSpanInuse  uint64
	MSpanSys    uint64
	MCacheInuse uint64
	MCacheSys   uint64
	BuckHashSys uint64
	GCSys       uint64
	OtherSys    uint64

	// Garbage collector statistics.
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool

	// BySize reports per-size class allocation statistics.
	BySize [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// memCounters is what rt reports (rt/src/mstats.rs MemCounters). It stays
// under golift's 1 KiB stack-local limit so ReadMemStats allocates nothing.
type memCounters struct {
	mallocs      uint64
	totalAlloc   uint64
	heapInuse    uint64
	heapSys      uint64
	nextGC       uint64
	classSize    [68]uint32
	classMallocs [68]uint64
}

// rtmemstats fills c with the allocator's counters.
//go:noescape
func rtmemstats(c *memCounters)

// ReadMemStats populates m with memory allocator statistics (see the file
// comment for what golift's runtime reports).
func ReadMemStats(m *MemStats) {
	var c memCounters
	rtmemstats(&c)
	*m = MemStats{}
	m.Alloc = c.totalAlloc
	m.TotalAlloc = c.totalAlloc
	m.Sys = c.heapSys
	m.Mallocs = c.mallocs
	m.HeapAlloc = c.totalAlloc
	m.HeapSys = c.heapSys
	m.HeapIdle = c.heapSys - c.heapInuse
	m.HeapInuse = c.heapInuse
	m.HeapObjects = c.mallocs
	m.NextGC = c.nextGC
	m.EnableGC = true
	for i := range m.BySize {
		m.BySize[i].Size = c.classSize[i]
		if i > 0 {
			m.BySize[i].Mallocs = c.classMallocs[i]
		}
	}
}
