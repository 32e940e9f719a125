package main

// A generic binary-heap priority queue with a less function; used as a
// min-heap of ints, a max-heap of strings, and for Dijkstra on a small graph.

type PQ[T any] struct {
	items []T
	less  func(a, b T) bool
}

func NewPQ[T any](less func(a, b T) bool) *PQ[T] { return &PQ[T]{less: less} }

func (q *PQ[T]) Len() int { return len(q.items) }

func (q *PQ[T]) Push(v T) {
	q.items = append(q.items, v)
	i := len(q.items) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !q.less(q.items[i], q.items[p]) {
			break
		}
		q.items[i], q.items[p] = q.items[p], q.items[i]
		i = p
	}
}

func (q *PQ[T]) Pop() T {
	top := q.items[0]
	last := len(q.items) - 1
	q.items[0] = q.items[last]
	q.items = q.items[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(q.items) && q.less(q.items[l], q.items[m]) {
			m = l
		}
		if r < len(q.items) && q.less(q.items[r], q.items[m]) {
			m = r
		}
		if m == i {
			break
		}
		q.items[i], q.items[m] = q.items[m], q.items[i]
		i = m
	}
	return top
}

type edge struct{ to, w int }
type item struct{ node, dist int }

func dijkstra(g map[int][]edge, src, n int) []int {
	dist := make([]int, n)
	for i := range dist {
		dist[i] = 1 << 60
	}
	dist[src] = 0
	q := NewPQ(func(a, b item) bool { return a.dist < b.dist })
	q.Push(item{src, 0})
	for q.Len() > 0 {
		it := q.Pop()
		if it.dist > dist[it.node] {
			continue
		}
		for _, e := range g[it.node] {
			if nd := it.dist + e.w; nd < dist[e.to] {
				dist[e.to] = nd
				q.Push(item{e.to, nd})
			}
		}
	}
	return dist
}

func main() {
	q := NewPQ(func(a, b int) bool { return a < b })
	x := 12345
	for i := 0; i < 2000; i++ {
		x = (x*1103515245 + 12345) % 2147483648
		q.Push(x % 1000)
	}
	prev, ok, n := -1, true, 0
	for q.Len() > 0 {
		v := q.Pop()
		if v < prev {
			ok = false
		}
		prev = v
		n++
	}
	println(ok, n, prev)
	sq := NewPQ(func(a, b string) bool { return a > b })
	for _, s := range []string{"m", "z", "a", "q"} {
		sq.Push(s)
	}
	for sq.Len() > 0 {
		print(sq.Pop(), " ")
	}
	println()
	g := map[int][]edge{
		0: {{1, 4}, {2, 1}},
		2: {{1, 2}, {3, 5}},
		1: {{3, 1}},
		3: {{4, 3}},
	}
	d := dijkstra(g, 0, 6)
	for _, v := range d {
		print(v, " ")
	}
	println()
}
