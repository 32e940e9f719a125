package main

// iter.Pull: a panic in the iterator reaches the caller of next (or stop),
// with the iterator's own deferred calls run first; afterwards the pull
// functions report exhaustion. Misuse of next from inside the iterator is
// reported as a panic too.

import (
	"errors"
	"fmt"
	"iter"
)

func panicAt(n int, v any) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator defer runs")
		for i := 0; ; i++ {
			if i == n {
				panic(v)
			}
			if !yield(i) {
				return
			}
		}
	}
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: recovered error %v (is sentinel: %v)\n", name, err, errors.Is(err, errSentinel))
			return
		}
		fmt.Printf("%s: recovered %v\n", name, r)
	}()
	f()
}

var errSentinel = errors.New("sentinel")

func main() {
	next, stop := iter.Pull(panicAt(2, "boom"))
	try("next", func() {
		for {
			v, ok := next()
			fmt.Println("got", v, ok)
			if !ok {
				return
			}
		}
	})
	v, ok := next()
	fmt.Println("after panic:", v, ok)
	stop()
	stop()
	fmt.Println("stopped")

	// An error value keeps its identity.
	next, stop = iter.Pull(panicAt(0, fmt.Errorf("wrapped: %w", errSentinel)))
	try("error", func() { next() })
	stop()

	// The iterator panics while it cleans up after stop.
	cleanupPanics := func(yield func(string) bool) {
		defer func() {
			panic("panic in cleanup")
		}()
		for yield("x") {
		}
	}
	n2, s2 := iter.Pull(cleanupPanics)
	fmt.Println(n2())
	try("stop", s2)
	fmt.Println(n2())

	// Calling next from inside the iterator (before it yielded).
	var inner func() (int, bool)
	reentrant := func(yield func(int) bool) {
		inner()
		yield(1)
	}
	inner, s3 := iter.Pull(iter.Seq[int](reentrant))
	try("reentrant", func() { inner() })
	s3()

	// Runtime errors raised in the iterator.
	var m map[string]int
	nilMap := func(yield func(int) bool) {
		yield(1)
		m["x"] = 1
	}
	n4, s4 := iter.Pull2(func(yield func(int, int) bool) {
		for v := range nilMap {
			if !yield(v, v*10) {
				return
			}
		}
	})
	fmt.Println(n4())
	try("nil map", func() { n4() })
	fmt.Println(n4())
	s4()

	var arr []int
	n5, s5 := iter.Pull(func(yield func(int) bool) {
		yield(arr[3])
	})
	try("index", func() { n5() })
	s5()

	// A panic with a custom type, recovered and re-panicked by the caller.
	type myErr struct{ code int }
	n6, s6 := iter.Pull(func(yield func(int) bool) {
		panic(myErr{42})
	})
	try("custom", func() {
		defer func() {
			r := recover()
			fmt.Printf("inner recovered %#v\n", r)
			panic(r)
		}()
		n6()
	})
	s6()
	fmt.Println("done")
}
