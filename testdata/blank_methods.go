// Methods named _ may repeat and may share the blank name with fields; they
// are in no method set.
package main

import "fmt"

type T struct {
	_, _ int
	N    int
	_    string
}

func (T) _() { panic("unreachable") }

func (T) _() {}

func (*T) _() {}

func (t T) Get() int { return t.N }

type getter interface{ Get() int }

func main() {
	var g getter = T{N: 4}
	fmt.Println(g.Get())
	fmt.Printf("%+v\n", T{N: 5})
}
