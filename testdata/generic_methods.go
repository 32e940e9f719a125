package main

import (
	"fmt"
	"strconv"
)

type Box struct {
	name string
	n    int
}

func (b *Box) Add[T ~int | ~int64](v T) T {
	b.n += int(v)
	return T(b.n)
}

func (b Box) Format[T any](v T) string {
	return b.name + ":" + fmt.Sprint(v)
}

func (b Box) Pair[K comparable, V any](k K, v V) map[K]V {
	return map[K]V{k: v}
}

func (b *Box) Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	b.n += len(xs)
	return out
}

type myInt int64

// Generic methods are promoted through embedded fields.
type Outer struct {
	*Box
	label string
}

type ByValue struct {
	Box
}

func main() {
	b := &Box{name: "b"}
	fmt.Println(b.Add(3), b.Add(myInt(4)), b.n)
	fmt.Println(b.Add[int64](10))
	fmt.Println(b.Format(1.5), b.Format("x"), b.Format([]int{1, 2}))
	v := Box{name: "v"}
	fmt.Println(v.Format(true), (&v).Format(7))
	fmt.Println(v.Pair("a", 1), v.Pair[int, string](2, "two"))
	v.Add(5)
	fmt.Println(v.n)
	strs := b.Map([]int{1, 2, 3}, strconv.Itoa)
	fmt.Printf("%q %d\n", strs, b.n)
	lens := b.Map(strs, func(s string) int { return len(s) * 10 })
	fmt.Println(lens, b.n)
	o := Outer{Box: &Box{name: "o"}, label: "L"}
	fmt.Println(o.Add(2), o.Add(3), o.n, o.Format(o.label))
	bv := ByValue{Box{name: "bv"}}
	fmt.Println(bv.Add(4), bv.n, bv.Pair[string, bool]("t", true))
	pbv := &bv
	fmt.Println(pbv.Add(1), pbv.Format(2.5))
}
