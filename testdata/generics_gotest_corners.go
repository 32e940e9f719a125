// Generic corners: blank receiver type parameters, a type parameter value
// converted to its constraint's interface, runtime names of nested
// instances, and switch with interface cases on a type-parameter tag.
package main

import (
	"fmt"
	"reflect"
	"time"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, _]) First() K { return p.Key }

func (p *Pair[_, V]) SetVal(v V) { p.Val = v }

func (p Pair[_, _]) String() string { return fmt.Sprintf("<%v=%v>", p.Key, p.Val) }

type Stringer interface{ String() string }

type Temp int

func (t Temp) String() string { return fmt.Sprintf("%d°", int(t)) }

func describe[T Stringer](v T) string {
	s := Stringer(v)
	return s.String()
}

type Named[T any] interface{ Name() T }

type user string

func (u user) Name() string { return string(u) }

func names[T Named[string]](xs ...T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, Named[string](x).Name())
	}
	return out
}

type List[T any] struct{ items []T }
type Int int

func find[T comparable](tag T, cases ...any) int {
	for i, c := range cases {
		switch tag {
		case c:
			return i
		}
	}
	return -1
}

func main() {
	p := Pair[string, int]{"a", 1}
	p.SetVal(5)
	fmt.Println(p.First(), p.Val, p)
	fmt.Println(describe(Temp(21)), describe(p))
	fmt.Println(names(user("ann"), user("bo")))

	var a List[List[int]]
	var b Pair[Int, List[time.Duration]]
	var c *List[Pair[string, Int]]
	fmt.Printf("%T\n%T\n%T\n", a, b, c)
	fmt.Println(reflect.TypeOf(b).Name())
	var e any = a
	_, ok := e.(List[int])
	fmt.Println(ok)

	fmt.Println(find(3, "x", 3.0, 3), find("b", 1, "a", "b"), find(Int(2), 2, Int(2)))
}
