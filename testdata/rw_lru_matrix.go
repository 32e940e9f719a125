package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry[K comparable, V any] struct {
	key K
	val V
}

type LRU[K comparable, V any] struct {
	cap   int
	ll    *list.List
	items map[K]*list.Element
	evict func(K, V)
}

func NewLRU[K comparable, V any](n int, onEvict func(K, V)) *LRU[K, V] {
	return &LRU[K, V]{cap: n, ll: list.New(), items: make(map[K]*list.Element), evict: onEvict}
}

func (c *LRU[K, V]) Get(k K) (v V, ok bool) {
	if e, hit := c.items[k]; hit {
		c.ll.MoveToFront(e)
		return e.Value.(*entry[K, V]).val, true
	}
	return
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, hit := c.items[k]; hit {
		c.ll.MoveToFront(e)
		e.Value.(*entry[K, V]).val = v
		return
	}
	e := c.ll.PushFront(&entry[K, V]{k, v})
	c.items[k] = e
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		ent := last.Value.(*entry[K, V])
		delete(c.items, ent.key)
		if c.evict != nil {
			c.evict(ent.key, ent.val)
		}
	}
}

func (c *LRU[K, V]) Keys() []K {
	out := make([]K, 0, c.ll.Len())
	for e := c.ll.Front(); e != nil; e = e.Next() {
		out = append(out, e.Value.(*entry[K, V]).key)
	}
	return out
}

type Point struct{ X, Y int }

type Matrix[T ~int | ~float64] struct {
	rows, cols int
	data       []T
}

func NewMatrix[T ~int | ~float64](r, c int, vals ...T) Matrix[T] {
	m := Matrix[T]{r, c, make([]T, r*c)}
	copy(m.data, vals)
	return m
}

func (m Matrix[T]) At(i, j int) T { return m.data[i*m.cols+j] }
func (m Matrix[T]) Mul(o Matrix[T]) (Matrix[T], error) {
	if m.cols != o.rows {
		return Matrix[T]{}, fmt.Errorf("dimension mismatch %dx%d * %dx%d", m.rows, m.cols, o.rows, o.cols)
	}
	r := NewMatrix[T](m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s T
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			r.data[i*r.cols+j] = s
		}
	}
	return r, nil
}
func (m Matrix[T]) String() string {
	var sb strings.Builder
	for i := 0; i < m.rows; i++ {
		sb.WriteString("[")
		for j := 0; j < m.cols; j++ {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprintf(&sb, "%v", m.At(i, j))
		}
		sb.WriteString("]\n")
	}
	return sb.String()
}

func main() {
	var evicted []string
	c := NewLRU[string, int](3, func(k string, v int) { evicted = append(evicted, fmt.Sprintf("%s=%d", k, v)) })
	for i, k := range strings.Fields("a b c a d e b f a") {
		if _, ok := c.Get(k); !ok {
			c.Put(k, i)
		}
	}
	fmt.Println(c.Keys(), evicted)
	v, ok := c.Get("a")
	fmt.Println(v, ok)
	pc := NewLRU[Point, []string](2, nil)
	pc.Put(Point{1, 2}, []string{"x"})
	pc.Put(Point{3, 4}, nil)
	pc.Put(Point{1, 2}, []string{"y", "z"})
	pc.Put(Point{5, 6}, []string{})
	vs, ok := pc.Get(Point{1, 2})
	fmt.Println(pc.Keys(), vs, ok)
	a := NewMatrix(2, 3, 1, 2, 3, 4, 5, 6)
	b := NewMatrix(3, 2, 7, 8, 9, 10, 11, 12)
	p, err := a.Mul(b)
	fmt.Print(p, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err)
	f := NewMatrix(2, 2, 0.5, 1.5, 2.5, 3.5)
	ff, _ := f.Mul(f)
	fmt.Print(ff)
	fmt.Printf("%v|%s", a, b)
}
