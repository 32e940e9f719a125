package main

// A generic singly linked list with push, reverse, find and iteration via
// a callback.

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head *node[T]
	size int
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Reverse() {
	var prev *node[T]
	for cur := l.head; cur != nil; {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func Find[T comparable](l *List[T], v T) int {
	i := 0
	for n := l.head; n != nil; n = n.next {
		if n.val == v {
			return i
		}
		i++
	}
	return -1
}

func main() {
	var l List[int]
	for i := 1; i <= 5; i++ {
		l.PushFront(i)
	}
	l.Each(func(v int) { print(v, " ") })
	println()
	l.Reverse()
	l.Each(func(v int) { print(v, " ") })
	println(l.size)
	println(Find(&l, 4), Find(&l, 9))
	var ls List[string]
	ls.PushFront("world")
	ls.PushFront("hello")
	ls.Each(func(s string) { print(s, ";") })
	println(Find(&ls, "world"))
	big := List[[2]int]{}
	for i := 0; i < 10000; i++ {
		big.PushFront([2]int{i, -i})
	}
	big.Reverse()
	println(Find(&big, [2]int{9999, -9999}), big.size)
}
