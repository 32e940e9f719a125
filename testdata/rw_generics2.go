package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type Shape interface {
	Area() float64
	fmt.Stringer
}

type Sq float64
type Ci float64

func (s Sq) Area() float64   { return float64(s * s) }
func (s Sq) String() string  { return "Sq(" + strconv.FormatFloat(float64(s), 'f', 1, 64) + ")" }
func (c *Ci) Area() float64  { return 3 * float64(*c) * float64(*c) }
func (c *Ci) String() string { return fmt.Sprintf("Ci(%.1f)", float64(*c)) }

func Largest[S Shape](xs []S) (best S) {
	for i, x := range xs {
		if i == 0 || x.Area() > best.Area() {
			best = x
		}
	}
	return
}

type Enum interface {
	~int | ~uint8
	String() string
}

type Level uint8

func (l Level) String() string { return [...]string{"DEBUG", "INFO", "WARN"}[l] }

func Names[E Enum](es ...E) string {
	parts := make([]string, len(es))
	for i, e := range es {
		parts[i] = fmt.Sprintf("%s(%d)", e.String(), int(e))
	}
	return strings.Join(parts, "|")
}

type Cache[K comparable, V any] struct {
	mu    sync.Mutex
	data  map[K]V
	order []K
	cap   int
	load  func(K) (V, error)
	hits  int
}

func NewCache[K comparable, V any](n int, load func(K) (V, error)) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V), cap: n, load: load}
}

func (c *Cache[K, V]) Get(k K) (V, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[k]; ok {
		c.hits++
		return v, nil
	}
	v, err := c.load(k)
	if err != nil {
		var zero V
		return zero, fmt.Errorf("cache load %v: %w", k, err)
	}
	if len(c.order) >= c.cap {
		old := c.order[0]
		c.order = c.order[1:]
		delete(c.data, old)
	}
	c.data[k] = v
	c.order = append(c.order, k)
	return v, nil
}

type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]     { return Option[T]{} }
func (o Option[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}
func (o Option[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](f func() (T, error)) (r Result[T]) {
	defer func() {
		if p := recover(); p != nil {
			r.Err = fmt.Errorf("panic: %v", p)
		}
	}()
	v, err := f()
	return Result[T]{v, err}
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func Keys[K cmp.Ordered, V any](m map[K]V) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

type Number interface{ ~int | ~float64 }

type Vec[T Number] []T

func (v Vec[T]) Dot(w Vec[T]) T {
	var s T
	for i := range v {
		s += v[i] * w[i]
	}
	return s
}
func (v Vec[T]) Scale(k T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = x * k
	}
	return out
}

func MapErr[T, U any](xs []T, f func(T) (U, error)) ([]U, error) {
	out := make([]U, 0, len(xs))
	for i, x := range xs {
		u, err := f(x)
		if err != nil {
			return out, fmt.Errorf("index %d: %w", i, err)
		}
		out = append(out, u)
	}
	return out, nil
}

type Heap[T any] struct {
	data []T
	less func(a, b T) bool
}

func (h *Heap[T]) Push(v T) {
	h.data = append(h.data, v)
	i := len(h.data) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(h.data[i], h.data[p]) {
			break
		}
		h.data[i], h.data[p] = h.data[p], h.data[i]
		i = p
	}
}

func (h *Heap[T]) Pop() T {
	top := h.data[0]
	n := len(h.data) - 1
	h.data[0] = h.data[n]
	h.data = h.data[:n]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < n && h.less(h.data[l], h.data[m]) {
			m = l
		}
		if r < n && h.less(h.data[r], h.data[m]) {
			m = r
		}
		if m == i {
			break
		}
		h.data[i], h.data[m] = h.data[m], h.data[i]
		i = m
	}
	return top
}

type Pt struct{ X, Y int }

func main() {
	fmt.Println(Largest([]Sq{1, 3, 2}))
	c1, c2 := Ci(1), Ci(2)
	fmt.Println(Largest([]*Ci{&c1, &c2}))
	fmt.Println(Largest([]Shape{Sq(4), &c2}))
	fmt.Println(Names(Level(0), Level(2)))
	calls := 0
	cache := NewCache(2, func(k int) (string, error) {
		calls++
		if k < 0 {
			return "", errors.New("negative")
		}
		return strconv.Itoa(k * k), nil
	})
	for _, k := range []int{1, 2, 1, 3, 1, -1, 2} {
		v, err := cache.Get(k)
		fmt.Printf("%d->%q %v; ", k, v, err)
	}
	fmt.Println("calls", calls, "hits", cache.hits)
	fmt.Println(Some(3), None[string](), Some("x").OrElse("y"), None[float64]().OrElse(1.5))
	fmt.Printf("%v %+v\n", Some(Pt{1, 2}), Some([]int{1}))
	r1 := Try(func() (int, error) { return strconv.Atoi("42") })
	r2 := Try(func() (int, error) { return strconv.Atoi("x") })
	r3 := Try(func() (int, error) { var m map[string]int; m["a"]++; return 0, nil })
	fmt.Println(r1, r2.Err, r3.Err)
	words := strings.Fields("apple avocado banana blueberry cherry apricot")
	g := GroupBy(words, func(s string) byte { return s[0] })
	for _, k := range Keys(g) {
		fmt.Printf("%c:%v ", k, g[k])
	}
	fmt.Println()
	byLen := GroupBy(words, func(s string) int { return len(s) })
	fmt.Println(Keys(byLen), byLen[6])
	v := Vec[float64]{1, 2, 3}
	fmt.Println(v.Dot(v.Scale(2)), Vec[int]{1, 2}.Dot(Vec[int]{3, 4}))
	nums, err := MapErr([]string{"1", "2", "x", "4"}, strconv.Atoi)
	fmt.Println(nums, err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err)
	h := &Heap[Pt]{less: func(a, b Pt) bool { return a.X*a.X+a.Y*a.Y < b.X*b.X+b.Y*b.Y }}
	for _, p := range []Pt{{3, 4}, {1, 1}, {0, 5}, {2, 0}, {-1, 0}} {
		h.Push(p)
	}
	for len(h.data) > 0 {
		fmt.Print(h.Pop(), " ")
	}
	fmt.Println()
	push := h.Push
	push(Pt{9, 9})
	fmt.Println(len(h.data))
	type kv = struct {
		k string
		v int
	}
	kvs := []kv{{"b", 2}, {"a", 2}, {"c", 1}}
	slices.SortStableFunc(kvs, func(x, y kv) int { return cmp.Or(cmp.Compare(x.v, y.v), strings.Compare(x.k, y.k)) })
	fmt.Println(kvs)
	sort.Sort(sort.Reverse(sort.IntSlice([]int{3, 1, 2})))
	fmt.Println(min(3, 1, 2), max(2.5, 1), min("b", "a"))
}
