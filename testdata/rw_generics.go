package main

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
)

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var out S
	for _, e := range s {
		if keep(e) {
			out = append(out, e)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func SortedPairs[M ~map[K]V, K cmp.Ordered, V any](m M) []Pair[K, V] {
	keys := slices.Sorted(maps.Keys(m))
	out := make([]Pair[K, V], len(keys))
	for i, k := range keys {
		out[i] = Pair[K, V]{k, m[k]}
	}
	return out
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct {
	head, tail *node[T]
	n          int
}
type node[T any] struct {
	v    T
	next *node[T]
}

func (q *Queue[T]) Enqueue(v T) {
	n := &node[T]{v: v}
	if q.tail == nil {
		q.head, q.tail = n, n
	} else {
		q.tail.next = n
		q.tail = n
	}
	q.n++
}
func (q *Queue[T]) Dequeue() (T, error) {
	if q.head == nil {
		var z T
		return z, errors.New("empty queue")
	}
	v := q.head.v
	q.head = q.head.next
	if q.head == nil {
		q.tail = nil
	}
	q.n--
	return v, nil
}

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}
func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }
func (s Set[T]) Union(o Set[T]) Set[T] {
	r := maps.Clone(s)
	maps.Copy(r, o)
	return r
}
func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := Set[T]{}
	for k := range s {
		if o.Has(k) {
			r[k] = struct{}{}
		}
	}
	return r
}

type Celsius float64
type MyInts []int

func Max[T cmp.Ordered](a T, rest ...T) T {
	m := a
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

type Tree[T cmp.Ordered] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}
func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

type Stringish interface{ ~string }

func JoinAll[S Stringish](xs []S, sep S) S {
	var b strings.Builder
	for i, x := range xs {
		if i > 0 {
			b.WriteString(string(sep))
		}
		b.WriteString(string(x))
	}
	return S(b.String())
}

type Color string

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[Celsius](10, 20.5), Sum[int8](100, 27))
	strs := Map([]int{1, 2, 3}, strconv.Itoa)
	fmt.Printf("%q %T\n", strs, strs)
	evens := Filter(MyInts{1, 2, 3, 4, 5, 6}, func(i int) bool { return i%2 == 0 })
	fmt.Printf("%v %T\n", evens, evens)
	fmt.Println(Reduce([]string{"a", "bb", "ccc"}, 0, func(n int, s string) int { return n + len(s) }))
	m := map[string]int{"z": 26, "a": 1, "m": 13}
	fmt.Println(SortedPairs(m))
	fmt.Printf("%v %+v\n", SortedPairs(map[int]bool{3: true, 1: false}), Pair[string, []int]{"k", []int{1}})
	var st Stack[string]
	for _, w := range strings.Fields("one two three") {
		st.Push(w)
	}
	fmt.Print(st.Len(), " ")
	for {
		v, ok := st.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	var q Queue[Pair[string, int]]
	q.Enqueue(Pair[string, int]{"x", 1})
	q.Enqueue(Pair[string, int]{"y", 2})
	for i := 0; i < 3; i++ {
		v, err := q.Dequeue()
		fmt.Println(v, err, q.n)
	}
	a, b := NewSet(1, 2, 3, 4), NewSet(3, 4, 5)
	u, in := a.Union(b), a.Intersect(b)
	fmt.Println(len(u), len(in), slices.Sorted(maps.Keys(in)), u.Has(5), in.Has(1))
	fmt.Println(Max(3, 9, 2), Max("apple", "pear", "fig"), Max(Celsius(-3)), Max(2.5, 1))
	var root *Tree[string]
	for _, w := range strings.Fields("m c x a e z b") {
		root = root.Insert(w)
	}
	var walked []string
	root.Walk(func(s string) { walked = append(walked, s) })
	fmt.Println(walked)
	fmt.Println(JoinAll([]Color{"red", "green"}, "+"))
	xs := []int{5, 2, 8, 1, 9, 3}
	slices.SortFunc(xs, func(a, b int) int { return cmp.Compare(b, a) })
	idx, found := slices.BinarySearch([]int{1, 3, 5, 7}, 5)
	fmt.Println(xs, idx, found, slices.Index(xs, 8), slices.Contains(xs, 4), slices.Max(xs), slices.Min(xs))
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}) != nil)
	people := []struct {
		Name string
		Age  int
	}{{"Al", 30}, {"Bo", 25}, {"Cy", 30}, {"Di", 25}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	ch := slices.Chunk([]int{1, 2, 3, 4, 5}, 2)
	for c := range ch {
		fmt.Print(c)
	}
	fmt.Println()
	for i, v := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println(slices.Repeat([]int{1, 2}, 3), slices.Insert([]int{1, 4}, 1, 2, 3), slices.Delete([]int{0, 1, 2, 3}, 1, 3))
}
