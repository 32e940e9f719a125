// Go 1.27's methods with their own type parameters (math/rand/v2's
// (*Rand).N), declared, instantiated and called as gc does.
package main

import "fmt"

type Box struct{ base int }

func (b *Box) Add[T ~int | ~float64](x T) T { return x + T(b.base) }

func (b Box) Pair[K comparable, V any](k K, v V) map[K]V { return map[K]V{k: v} }

func main() {
	b := &Box{base: 10}
	fmt.Println(b.Add(5), b.Add(2.5), b.Add[int](1))
	fmt.Println(b.Pair("a", 1), Box{}.Pair[int, string](1, "x"))
}
