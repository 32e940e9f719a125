// sync.Cond: Signal wakes one waiter, Broadcast all of them; waiters
// re-check their condition in a loop, so the result does not depend on
// the order in which they run.
package main

import "sync"

type queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
	done  bool
}

func main() {
	q := &queue{}
	q.cond = sync.NewCond(&q.mu)
	var wg sync.WaitGroup
	sums := make([]int, 4)
	for c := 0; c < 4; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for {
				q.mu.Lock()
				for len(q.items) == 0 && !q.done {
					q.cond.Wait()
				}
				if len(q.items) == 0 {
					q.mu.Unlock()
					return
				}
				v := q.items[0]
				q.items = q.items[1:]
				q.mu.Unlock()
				sums[c] += v
			}
		}(c)
	}
	for i := 1; i <= 1000; i++ {
		q.mu.Lock()
		q.items = append(q.items, i)
		q.mu.Unlock()
		q.cond.Signal()
	}
	q.mu.Lock()
	q.done = true
	q.mu.Unlock()
	q.cond.Broadcast()
	wg.Wait()
	println(sums[0] + sums[1] + sums[2] + sums[3])

	// Broadcast releases every waiter of a gate.
	var mu sync.Mutex
	gate := sync.NewCond(&mu)
	open := false
	var in, out sync.WaitGroup
	passed := 0
	for i := 0; i < 10; i++ {
		in.Add(1)
		out.Add(1)
		go func() {
			defer out.Done()
			mu.Lock()
			in.Done()
			for !open {
				gate.Wait()
			}
			passed++
			mu.Unlock()
		}()
	}
	in.Wait()
	mu.Lock()
	open = true
	mu.Unlock()
	gate.Broadcast()
	out.Wait()
	println(passed)
}
