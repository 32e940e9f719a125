package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

type request struct {
	op     string
	amount int
	reply  chan<- response
}

type response struct {
	balance int
	err     error
}

var errFunds = errors.New("insufficient funds")

func account(name string, initial int, reqs <-chan request, wg *sync.WaitGroup) {
	defer wg.Done()
	bal := initial
	for r := range reqs {
		switch r.op {
		case "deposit":
			bal += r.amount
			r.reply <- response{bal, nil}
		case "withdraw":
			if r.amount > bal {
				r.reply <- response{bal, fmt.Errorf("%s: withdraw %d: %w", name, r.amount, errFunds)}
				continue
			}
			bal -= r.amount
			r.reply <- response{bal, nil}
		case "balance":
			r.reply <- response{bal, nil}
		default:
			r.reply <- response{bal, fmt.Errorf("unknown op %q", r.op)}
		}
	}
}

type Bank struct {
	accts map[string]chan request
	wg    sync.WaitGroup
}

func (b *Bank) Open(name string, initial int) {
	ch := make(chan request)
	b.accts[name] = ch
	b.wg.Add(1)
	go account(name, initial, ch, &b.wg)
}

func (b *Bank) Do(name, op string, amt int) (int, error) {
	ch, ok := b.accts[name]
	if !ok {
		return 0, fmt.Errorf("no account %q", name)
	}
	reply := make(chan response, 1)
	ch <- request{op, amt, reply}
	r := <-reply
	return r.balance, r.err
}

func (b *Bank) Close() {
	for _, ch := range b.accts {
		close(ch)
	}
	b.wg.Wait()
}

func fanIn[T any](chs ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range chs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func producer(id, n int) <-chan string {
	c := make(chan string)
	go func() {
		defer close(c)
		for i := range n {
			c <- fmt.Sprintf("p%d-%d", id, i)
		}
	}()
	return c
}

func main() {
	b := &Bank{accts: map[string]chan request{}}
	b.Open("alice", 100)
	b.Open("bob", 50)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var errs []string
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := b.Do("alice", "deposit", 10); err != nil {
				panic(err)
			}
			if _, err := b.Do("bob", "withdraw", 10); err != nil {
				mu.Lock()
				errs = append(errs, err.Error())
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	a, _ := b.Do("alice", "balance", 0)
	bb, _ := b.Do("bob", "balance", 0)
	fmt.Println(a, bb, len(errs))
	sort.Strings(errs)
	if len(errs) > 0 {
		fmt.Println(errs[0])
	}
	_, err := b.Do("carol", "balance", 0)
	fmt.Println(err)
	_, err = b.Do("alice", "steal", 5)
	fmt.Println(err)
	_, err = b.Do("bob", "withdraw", 1000)
	fmt.Println(err, errors.Is(err, errFunds))
	b.Close()
	var all []string
	for v := range fanIn(producer(1, 3), producer(2, 2), producer(3, 4)) {
		all = append(all, v)
	}
	sort.Strings(all)
	fmt.Println(all)
	chOfCh := make(chan chan int, 3)
	for i := 0; i < 3; i++ {
		c := make(chan int, 1)
		c <- i * 100
		chOfCh <- c
	}
	close(chOfCh)
	for c := range chOfCh {
		fmt.Print(<-c, " ")
	}
	fmt.Println()
	results := make([]int, 8)
	var wg2 sync.WaitGroup
	for i := range 8 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			sum := 0
			for j := 0; j <= i*1000; j++ {
				sum += j
			}
			results[i] = sum
		}()
	}
	wg2.Wait()
	fmt.Println(results)
	timeout := time.After(time.Second)
	tick := time.NewTicker(time.Millisecond)
	defer tick.Stop()
	n := 0
	for n < 5 {
		select {
		case <-tick.C:
			n++
		case <-timeout:
			fmt.Println("timeout")
			return
		}
	}
	fmt.Println("ticks", n)
	done := make(chan bool)
	data := make(chan int)
	go func() {
		defer close(done)
		for {
			select {
			case v, ok := <-data:
				if !ok {
					fmt.Println("data closed")
					return
				}
				fmt.Println("recv", v)
			}
		}
	}()
	for i := 1; i <= 3; i++ {
		data <- i * i
	}
	close(data)
	<-done
}
