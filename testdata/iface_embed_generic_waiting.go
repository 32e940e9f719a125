// Generic interfaces whose instances embed instances still being made.
package main

import "fmt"

func first(Node[int], Pair[string, int]) {}

// Node[int] -> Tree[int] (method) embeds Node[int].
type Node[T any] interface {
	Kids() []Tree[T]
	Val() T
}

type Tree[T any] interface {
	Node[T]
	Size() int
}

type leaf[T any] struct{ v T }

func (l leaf[T]) Kids() []Tree[T] { return []Tree[T]{l, l} }
func (l leaf[T]) Val() T          { return l.v }
func (l leaf[T]) Size() int       { return 1 }

// Two type parameters, swapped on the way back.
type Pair[K comparable, V any] interface {
	Flip() Flipped[V, K]
	Key() K
}

type Flipped[V any, K comparable] interface {
	Back() map[K]Pair[K, V]
	Pair[K, V]
}

type kv[K comparable, V any] struct {
	k K
	v V
}

func (p kv[K, V]) Flip() Flipped[V, K] { return p }
func (p kv[K, V]) Key() K                { return p.k }
func (p kv[K, V]) Back() map[K]Pair[K, V] {
	return map[K]Pair[K, V]{p.k: p}
}

func main() {
	var n Node[int] = leaf[int]{4}
	fmt.Println(n.Val(), len(n.Kids()), n.Kids()[1].Size(), n.Kids()[0].Kids()[1].Val())
	var t Tree[string] = leaf[string]{"x"}
	fmt.Println(t.Val(), t.Kids()[0].Val())
	fmt.Printf("%T\n", t.Kids())

	var p Pair[string, int] = kv[string, int]{"a", 1}
	f := p.Flip()
	fmt.Println(f.Key(), len(f.Back()), f.Back()["a"].Key())
	var back Pair[string, int] = f
	fmt.Println(back.Flip().Key())
}
