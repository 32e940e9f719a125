// Compiled from GOROOT: the standard library package(s) imported here,
// checked against what Go prints.
package main

import (
	"cmp"
	"container/list"
	"container/ring"
)

type pair struct {
	k string
	v int
}

func main() {
	l := list.New()
	l.PushBack(1)
	l.PushFront(0)
	e := l.PushBack(3)
	l.InsertBefore(2, e)
	l.MoveToFront(e)
	for x := l.Front(); x != nil; x = x.Next() {
		print(x.Value.(int), " ")
	}
	println(l.Len())
	l.Remove(e)
	println(l.Front().Value.(int), l.Back().Value.(int))

	r := ring.New(4)
	for i := 0; i < r.Len(); i++ {
		r.Value = i * i
		r = r.Next()
	}
	r.Do(func(v any) { print(v.(int), " ") })
	println()
	r.Unlink(1)
	println(r.Len())

	println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Less(1.5, 2.5), cmp.Or("", "x", "y"))
	ps := []pair{{"a", 2}, {"b", 1}}
	println(cmp.Compare(ps[0].v, ps[1].v))
}
