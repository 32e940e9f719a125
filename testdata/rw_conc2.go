package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

type Order struct {
	ID    int
	Items int
}

type Stage func(context.Context, <-chan Order) <-chan Order

func validate(ctx context.Context, in <-chan Order) <-chan Order {
	out := make(chan Order)
	go func() {
		defer close(out)
		for o := range in {
			if o.Items <= 0 {
				continue
			}
			select {
			case out <- o:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func enrich(ctx context.Context, in <-chan Order) <-chan Order {
	out := make(chan Order, 5)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for o := range in {
				o.Items *= 10
				select {
				case out <- o:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

type Semaphore chan struct{}

func (s Semaphore) Acquire() { s <- struct{}{} }
func (s Semaphore) Release() { <-s }

type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
	done  bool
}

func NewQueue() *Queue {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *Queue) Close() {
	q.mu.Lock()
	q.done = true
	q.mu.Unlock()
	q.cond.Broadcast()
}

func (q *Queue) Get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.done {
		q.cond.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

func firstError(ctx context.Context, tasks []func(context.Context) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errc := make(chan error, len(tasks))
	var wg sync.WaitGroup
	for _, t := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := t(ctx); err != nil {
				errc <- err
				cancel()
			}
		}()
	}
	wg.Wait()
	close(errc)
	var errs []error
	for e := range errc {
		errs = append(errs, e)
	}
	if len(errs) == 0 {
		return nil
	}
	sort.Slice(errs, func(i, j int) bool { return errs[i].Error() < errs[j].Error() })
	return errs[0]
}

func main() {
	ctx := context.Background()
	src := make(chan Order)
	go func() {
		defer close(src)
		for i := 1; i <= 30; i++ {
			src <- Order{i, i%4 - 1}
		}
	}()
	var stages []Stage = []Stage{validate, enrich}
	var c <-chan Order = src
	for _, s := range stages {
		c = s(ctx, c)
	}
	var got []Order
	for o := range c {
		got = append(got, o)
	}
	sort.Slice(got, func(i, j int) bool { return got[i].ID < got[j].ID })
	sum := 0
	for _, o := range got {
		sum += o.Items
	}
	fmt.Println(len(got), sum, got[:3])

	sem := make(Semaphore, 3)
	var active, peak atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem.Acquire()
			defer sem.Release()
			n := active.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			time.Sleep(time.Millisecond)
			active.Add(-1)
		}()
	}
	wg.Wait()
	fmt.Println("peak<=3:", peak.Load() <= 3, "active", active.Load())

	q := NewQueue()
	var consumed atomic.Int64
	var cw sync.WaitGroup
	for i := 0; i < 4; i++ {
		cw.Add(1)
		go func() {
			defer cw.Done()
			for {
				v, ok := q.Get()
				if !ok {
					return
				}
				consumed.Add(int64(v))
			}
		}()
	}
	for i := 1; i <= 100; i++ {
		q.Put(i)
	}
	q.Close()
	cw.Wait()
	fmt.Println("consumed", consumed.Load())

	err := firstError(ctx, []func(context.Context) error{
		func(ctx context.Context) error { return nil },
		func(ctx context.Context) error { return errors.New("task b failed") },
		func(ctx context.Context) error {
			select {
			case <-ctx.Done():
				return fmt.Errorf("task c: %w", ctx.Err())
			case <-time.After(5 * time.Second):
				return nil
			}
		},
	})
	fmt.Println("first error:", err)

	results := make(chan string)
	var mu sync.Mutex
	order := []string{}
	go func() {
		defer close(results)
		for _, d := range []int{30, 10, 20} {
			time.Sleep(time.Duration(d) * time.Millisecond)
			results <- fmt.Sprint("slept ", d)
		}
	}()
	timeout := time.After(2 * time.Second)
loop:
	for {
		select {
		case r, ok := <-results:
			if !ok {
				break loop
			}
			mu.Lock()
			order = append(order, r)
			mu.Unlock()
		case <-timeout:
			fmt.Println("timeout!")
			break loop
		}
	}
	fmt.Println(order)
	var m sync.Map
	for i := 0; i < 5; i++ {
		m.Store(i, i*i)
	}
	v, loaded := m.LoadOrStore(2, 100)
	m.Delete(4)
	var keys []int
	m.Range(func(k, v any) bool { keys = append(keys, k.(int)); return true })
	sort.Ints(keys)
	fmt.Println(v, loaded, keys)
	var once sync.Once
	val := sync.OnceValue(func() int { fmt.Println("computing"); return 42 })
	fmt.Println(val(), val())
	once.Do(func() { fmt.Println("once") })
	var av atomic.Value
	av.Store([]string{"cfg1"})
	fmt.Println(av.Load().([]string))
	done := make(chan struct{})
	ticker := time.NewTicker(2 * time.Millisecond)
	count := 0
	go func() {
		time.Sleep(50 * time.Millisecond)
		close(done)
	}()
	for {
		select {
		case <-ticker.C:
			count++
			continue
		case <-done:
		}
		break
	}
	ticker.Stop()
	fmt.Println("ticked", count > 0)
	tm := time.NewTimer(time.Hour)
	fmt.Println(tm.Reset(time.Millisecond))
	<-tm.C
	fmt.Println("timer fired")
}
