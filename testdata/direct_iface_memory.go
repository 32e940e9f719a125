// Pointer-shaped types passed in memory ([1]*T, structs holding one): the
// interface data word is the value itself, in package variables, type
// assertions, type switches and method calls through interfaces.
package main

import "fmt"

type A [1]*int

func (a A) Get() int { return *a[0] }

type W struct{ arr [1]*string }

func (w W) Get() int { return len(*w.arr[0]) }

type getter interface{ Get() int }

var deep interface{} = [1]struct{ a *[2]byte }{{a: &[2]byte{'z', 'w'}}}
var one interface{} = [1]*[2]byte{{'x', 'y'}}

func main() {
	fmt.Println(*deep.([1]struct{ a *[2]byte })[0].a, *one.([1]*[2]byte)[0])
	x := 7
	var g getter = A{&x}
	fmt.Println(g.Get())
	a, ok := g.(A)
	fmt.Println(*a[0], ok)
	switch v := g.(type) {
	case A:
		fmt.Println("A", *v[0])
	}
	s := "four"
	g = W{[1]*string{&s}}
	fmt.Println(g.Get())
	var e any = g
	if w, ok := e.(W); ok {
		fmt.Println(*w.arr[0])
	}
	_, ok = e.(A)
	fmt.Println(ok)
}
