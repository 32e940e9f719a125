// Go 1.27 generic methods of generic types: the method's own type
// parameters next to the receiver's, constraints that name the receiver's
// parameters, instances per receiver and method type arguments, method
// values and expressions, promotion through embedding.
package main

import (
	"fmt"
	"sort"
	"strconv"
)

type Seq[E any] struct{ xs []E }

func Of[E any](xs ...E) *Seq[E] { return &Seq[E]{xs} }

func (s *Seq[E]) Len() int { return len(s.xs) }

func (s *Seq[E]) Map[R any](f func(E) R) *Seq[R] {
	out := make([]R, len(s.xs))
	for i, x := range s.xs {
		out[i] = f(x)
	}
	return Of(out...)
}

func (s Seq[E]) Reduce[A any](acc A, f func(A, E) A) A {
	for _, x := range s.xs {
		acc = f(acc, x)
	}
	return acc
}

// The receiver's parameter may have another name than the declaration's.
func (q Seq[T]) Pairs[U any](other Seq[U]) []string {
	var out []string
	for i := 0; i < len(q.xs) && i < len(other.xs); i++ {
		out = append(out, fmt.Sprintf("%v/%v", q.xs[i], other.xs[i]))
	}
	return out
}

type Dict[K comparable, V any] map[K]V

// A constraint naming the receiver's type parameter.
func (d Dict[K, V]) SortedKeys[S ~[]K](less func(a, b K) bool) S {
	var s S
	for k := range d {
		s = append(s, k)
	}
	sort.Slice(s, func(i, j int) bool { return less(s[i], s[j]) })
	return s
}

func (d Dict[K, V]) Convert[W any](f func(V) W) Dict[K, W] {
	out := Dict[K, W]{}
	for k, v := range d {
		out[k] = f(v)
	}
	return out
}

type Num[T ~int | ~float64] struct{ v T }

func (n Num[T]) Times[U ~int | ~float64](u U) Num[T] { return Num[T]{n.v * T(u)} }

type Names []string

type Holder struct {
	*Seq[int]
	tag string
}

func main() {
	s := Of(1, 2, 3)
	strs := s.Map(strconv.Itoa)
	fmt.Printf("%q %d\n", strs.xs, strs.Len())
	fmt.Println(s.Reduce(10, func(a, x int) int { return a + x }))
	fmt.Println(strs.Reduce("", func(a, x string) string { return a + x + ";" }))
	fmt.Println(s.Pairs(*strs), strs.Pairs(*s))
	halves := s.Map[float64](func(x int) float64 { return float64(x) / 2 })
	fmt.Println(halves.xs, halves.Map(func(f float64) bool { return f > 1 }).xs)

	d := Dict[string, int]{"b": 2, "a": 1, "c": 3}
	keys := d.SortedKeys[Names](func(a, b string) bool { return a < b })
	fmt.Printf("%v %T\n", keys, keys)
	rev := d.SortedKeys[[]string](func(a, b string) bool { return a > b })
	fmt.Println(rev)
	conv := d.Convert(func(v int) string { return strconv.Itoa(v * v) })
	fmt.Println(conv["c"], len(conv))

	n := Num[float64]{1.5}
	fmt.Println(n.Times(2), n.Times(0.5).Times(4), Num[int]{3}.Times[int](3))

	// Method values and expressions.
	m := s.Map[string]
	fmt.Println(m(func(x int) string { return fmt.Sprint(x * 100) }).xs)
	red := Seq[string].Reduce[int]
	fmt.Println(red(*strs, 0, func(a int, x string) int { return a + len(x) }))
	pm := (*Seq[int]).Map[bool]
	fmt.Println(pm(s, func(x int) bool { return x%2 == 1 }).xs)
	var fold func(int, func(int, int) int) int = s.Reduce
	fmt.Println(fold(1, func(a, x int) int { return a * x }))

	// Promoted from an embedded pointer to an instance.
	h := Holder{Of(5, 6), "h"}
	fmt.Println(h.Reduce(0, func(a, x int) int { return a - x }), h.Map(strconv.Itoa).xs)
	hm := h.Map[int]
	fmt.Println(hm(func(x int) int { return -x }).xs)
	fmt.Println(Holder.Reduce[string](h, h.tag, func(a string, x int) string { return a + strconv.Itoa(x) }))
}
