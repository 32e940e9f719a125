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

type Job struct {
	ID   int
	Data []int
}

type Result struct {
	JobID int
	Sum   int
	Err   error
}

var errNeg = errors.New("negative value")

func worker(ctx context.Context, id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup, processed *atomic.Int64) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case j, ok := <-jobs:
			if !ok {
				return
			}
			s := 0
			var err error
			for _, v := range j.Data {
				if v < 0 {
					err = fmt.Errorf("job %d: %w", j.ID, errNeg)
					break
				}
				s += v
			}
			processed.Add(1)
			results <- Result{j.ID, s, err}
		}
	}
}

func gen(ctx context.Context, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int, 10)
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan int) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k]++
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	jobs := make(chan Job)
	results := make(chan Result, 4)
	var wg sync.WaitGroup
	var processed atomic.Int64
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go worker(ctx, w, jobs, results, &wg, &processed)
	}
	go func() {
		for i := 0; i < 20; i++ {
			d := []int{i, i * 2, i * 3}
			if i%7 == 6 {
				d = append(d, -1)
			}
			jobs <- Job{i, d}
		}
		close(jobs)
	}()
	go func() { wg.Wait(); close(results) }()
	var all []Result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	total := 0
	for _, r := range all {
		if r.Err != nil {
			fmt.Println("error:", r.Err, errors.Is(r.Err, errNeg))
			continue
		}
		total += r.Sum
	}
	fmt.Println("results", len(all), "total", total, "processed", processed.Load())

	// pipeline
	c := gen(ctx, 1, 2, 3, 4, 5, 6, 7, 8)
	s1, s2, s3 := sq(c), sq(c), sq(c)
	var sqs []int
	for v := range merge(s1, s2, s3) {
		sqs = append(sqs, v)
	}
	sort.Ints(sqs)
	fmt.Println(sqs)

	// mutex counter
	sc := SafeCounter{m: map[string]int{}}
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			sc.Inc([]string{"a", "b", "c"}[i%3])
		}()
	}
	wg2.Wait()
	fmt.Println(sc.m)

	// timeout with context
	tctx, tcancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer tcancel()
	slow := make(chan int)
	go func() {
		time.Sleep(200 * time.Millisecond)
		select {
		case slow <- 1:
		default:
		}
	}()
	select {
	case v := <-slow:
		fmt.Println("got", v)
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))
	}
	vctx := context.WithValue(ctx, "user", "gopher")
	cctx, ccancel := context.WithCancelCause(vctx)
	ccancel(errors.New("shutdown"))
	<-cctx.Done()
	fmt.Println(cctx.Value("user"), cctx.Err(), context.Cause(cctx))

	// once, rwmutex, cond-free barrier
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	var rw sync.RWMutex
	shared := map[int]int{}
	var wg3 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg3.Add(2)
		go func(i int) { defer wg3.Done(); rw.Lock(); shared[i] = i * i; rw.Unlock() }(i)
		go func(i int) { defer wg3.Done(); rw.RLock(); _ = shared[i]; rw.RUnlock() }(i)
	}
	wg3.Wait()
	sum := 0
	for _, v := range shared {
		sum += v
	}
	fmt.Println("sum squares", sum)

	// ping-pong ordered
	ping, pong := make(chan int), make(chan int)
	done := make(chan struct{})
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(done)
	}()
	v := 0
	for i := 0; i < 5; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	<-done
	fmt.Println("pingpong", v)
	tick := time.NewTicker(5 * time.Millisecond)
	n := 0
	for range tick.C {
		n++
		if n == 3 {
			tick.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
	timer := time.AfterFunc(time.Hour, func() {})
	fmt.Println("stopped", timer.Stop())
	errc := make(chan error, 3)
	for i := 0; i < 3; i++ {
		go func(i int) {
			if i == 1 {
				errc <- fmt.Errorf("task %d failed", i)
				return
			}
			errc <- nil
		}(i)
	}
	var errs []error
	for i := 0; i < 3; i++ {
		if err := <-errc; err != nil {
			errs = append(errs, err)
		}
	}
	fmt.Println(errors.Join(errs...))
}
