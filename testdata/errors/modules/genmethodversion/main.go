package main

import "fmt"

// Box's generic methods need go1.27; the module says go 1.26.
type Box struct{ n int }

func (b Box) Show[T any](x T) string { return fmt.Sprint(b.n, x) }

func (b *Box) Set[T ~int | ~int64, U any](v T, _ U) { b.n = int(v) }

func main() {
	b := Box{1}
	b.Set(2, "")
	fmt.Println(b.Show(3), b.Show[string]("s"))
	fmt.Println(old(b), newer(b))
}
