package main

// Embedding instantiated generic types: promoted fields and methods of a
// generic embedded type, and an interface satisfied through promotion.

type Counter[K comparable] struct{ counts map[K]int }

func (c *Counter[K]) Inc(k K) {
	if c.counts == nil {
		c.counts = map[K]int{}
	}
	c.counts[k]++
}
func (c *Counter[K]) Get(k K) int { return c.counts[k] }

type WordStats struct {
	Counter[string]
	total int
}

func (w *WordStats) Add(s string) {
	w.Inc(s)
	w.total++
}

type incer[K comparable] interface{ Inc(K) }

func feed[K comparable](i incer[K], ks ...K) {
	for _, k := range ks {
		i.Inc(k)
	}
}

func main() {
	var ws WordStats
	for _, w := range []string{"a", "b", "a", "c", "a"} {
		ws.Add(w)
	}
	println(ws.Get("a"), ws.Get("b"), ws.Get("z"), ws.total, len(ws.counts))
	feed[string](&ws, "b", "b")
	println(ws.Get("b"), ws.total)
	var ic Counter[[2]int]
	feed[[2]int](&ic, [2]int{1, 2}, [2]int{1, 2})
	println(ic.Get([2]int{1, 2}))
}
