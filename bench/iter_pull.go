package main

// iter.Pull: a pull iterator drives a push iterator through a coroutine;
// every next() is two coroutine switches (to the iterator and back).

import "iter"

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	const n = 5000000
	next, stop := iter.Pull(count(n))
	defer stop()
	sum := 0
	calls := 0
	for {
		v, ok := next()
		calls++
		if !ok {
			break
		}
		sum += v
	}
	println(calls, sum)
}
