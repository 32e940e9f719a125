package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type List[T any] struct {
	head *elem[T]
	size int
}

type elem[T any] struct {
	val  T
	next *elem[T]
}

func (l *List[T]) Push(v T) {
	l.head = &elem[T]{v, l.head}
	l.size++
}

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for e := l.head; e != nil; e = e.next {
			if !yield(i, e.val) {
				return
			}
			i++
		}
	}
}

func (l *List[T]) Values() iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range l.All() {
			if !yield(v) {
				return
			}
		}
	}
}

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func FilterSeq[T any](seq iter.Seq[T], f func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if f(v) && !yield(v) {
				return
			}
		}
	}
}

func Zip[A, B any](as iter.Seq[A], bs iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nb, stop := iter.Pull(bs)
		defer stop()
		for a := range as {
			b, ok := nb()
			if !ok || !yield(a, b) {
				return
			}
		}
	}
}

type Matrix[T int | float64] [][]T

func (m Matrix[T]) Cells() iter.Seq2[[2]int, T] {
	return func(yield func([2]int, T) bool) {
		for i, row := range m {
			for j, v := range row {
				if !yield([2]int{i, j}, v) {
					return
				}
			}
		}
	}
}

func words(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, w := range strings.Fields(s) {
			if !yield(w) {
				return
			}
		}
	}
}

func findFirst(seq iter.Seq[int], pred func(int) bool) (res int, found bool) {
	defer func() { fmt.Println("findFirst done", res, found) }()
	for v := range seq {
		if pred(v) {
			return v, true
		}
	}
	return 0, false
}

func main() {
	var l List[string]
	for _, s := range []string{"c", "b", "a"} {
		l.Push(s)
	}
	for i, v := range l.All() {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println(slices.Collect(l.Values()))
	for v := range Take(Fib(), 10) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	evens := FilterSeq(Fib(), func(n int) bool { return n%2 == 0 })
	fmt.Println(slices.Collect(Take(evens, 6)))
	for a, b := range Zip(Take(Fib(), 5), words("zero one two three four five")) {
		fmt.Printf("%d:%s ", a, b)
	}
	fmt.Println()
	m := Matrix[float64]{{1, 2}, {3, 4.5}}
	sum := 0.0
	for pos, v := range m.Cells() {
		if pos[0] == 1 && pos[1] == 1 {
			break
		}
		sum += v
	}
	fmt.Println("sum", sum)
	fmt.Println(findFirst(Fib(), func(n int) bool { return n > 50 }))
	ages := map[string]int{"bob": 31, "alice": 29, "carol": 35}
	for _, k := range slices.Sorted(maps.Keys(ages)) {
		fmt.Print(k, ":", ages[k], " ")
	}
	fmt.Println()
	vals := slices.Sorted(maps.Values(ages))
	fmt.Println(vals)
	inv := maps.Collect(func(yield func(int, string) bool) {
		for k, v := range ages {
			if !yield(v, k) {
				return
			}
		}
	})
	fmt.Println(inv[29], len(inv))
	for i := range 3 {
		defer fmt.Println("deferred", i)
	}
outer:
	for i := range 4 {
		for v := range Fib() {
			if v > 10 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, "/", v, " ")
		}
	}
	fmt.Println()
	next, stop := iter.Pull2(l.All())
	for {
		i, v, ok := next()
		if !ok {
			break
		}
		fmt.Print("[", i, v, "]")
	}
	stop()
	fmt.Println()
	for i, s := range slices.All([]string{"x", "y"}) {
		fmt.Print(i, s)
	}
	fmt.Println(slices.Collect(maps.Keys(map[int]bool{7: true})))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for v := range Fib() {
			if v > 3 {
				panic(fmt.Sprintf("too big %d", v))
			}
		}
	}()
	sortedWords := slices.SortedFunc(words("banana Apple cherry apple"), func(a, b string) int {
		return strings.Compare(strings.ToLower(a), strings.ToLower(b))
	})
	fmt.Println(sortedWords, slices.IndexFunc(sortedWords, func(s string) bool { return s[0] == 'c' }))
}
