package main

// iter.Pull and Pull2: early stop runs the iterator's cleanup, stop and
// next after the end are no-ops, stop before the first next never runs
// the iterator, and the coroutine goroutine is counted by NumGoroutine
// while the iterator is live.

import (
	"fmt"
	"iter"
	"runtime"
)

func count(name string, n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		fmt.Println(name, "starts")
		defer fmt.Println(name, "cleanup")
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println(name, "told to stop at", i)
				return
			}
		}
		fmt.Println(name, "exhausted")
	}
}

func enumerate(words ...string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		defer fmt.Println("enumerate cleanup")
		for i, w := range words {
			if !yield(i, w) {
				return
			}
		}
	}
}

func main() {
	base := runtime.NumGoroutine()
	goroutines := func(when string) {
		fmt.Println(when, "goroutines:", runtime.NumGoroutine()-base)
	}

	next, stop := iter.Pull(count("a", 5))
	goroutines("after Pull")
	for i := 0; i < 3; i++ {
		v, ok := next()
		fmt.Println("next", v, ok)
	}
	goroutines("suspended")
	stop()
	goroutines("after stop")
	stop()
	fmt.Println(next())

	// Exhaustion ends the coroutine without stop.
	next, stop = iter.Pull(count("b", 2))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("b gave", v)
	}
	goroutines("after exhaustion")
	fmt.Println(next())
	stop()

	// Stop before the first next: the iterator never runs.
	_, stop = iter.Pull(count("never", 3))
	goroutines("unstarted")
	stop()
	goroutines("unstarted stopped")

	// An iterator that ignores yield's false result and keeps calling it.
	stubborn := func(yield func(int) bool) {
		for i := 0; i < 4; i++ {
			ok := yield(i)
			fmt.Println("stubborn yield", i, ok)
		}
	}
	next, stop = iter.Pull(stubborn)
	fmt.Println(next())
	stop()
	fmt.Println(next())

	// Pull2.
	n2, s2 := iter.Pull2(enumerate("x", "y", "z"))
	for {
		i, w, ok := n2()
		if !ok {
			break
		}
		fmt.Println(i, w)
		if i == 1 {
			s2()
		}
	}
	s2()
	i, w, ok := n2()
	fmt.Printf("%d %q %v\n", i, w, ok)

	// Many live iterators at once, stopped in reverse order.
	var stops []func()
	var nexts []func() (int, bool)
	for k := 0; k < 50; k++ {
		n, s := iter.Pull(func(yield func(int) bool) {
			for i := k; ; i += 50 {
				if !yield(i) {
					return
				}
			}
		})
		nexts = append(nexts, n)
		stops = append(stops, s)
	}
	goroutines("50 live")
	sum := 0
	for r := 0; r < 3; r++ {
		for _, n := range nexts {
			v, _ := n()
			sum += v
		}
	}
	fmt.Println("sum", sum)
	for k := len(stops) - 1; k >= 0; k-- {
		stops[k]()
	}
	goroutines("all stopped")

	// A leaked iterator (never stopped) does not keep the program alive.
	leak, _ := iter.Pull(count("leaked", 10))
	fmt.Println(leak())
	fmt.Println("end")
}
