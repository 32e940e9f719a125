package main

import "fmt"

type Tree struct{ Name string }

type T struct {
	name string
	*Tree
}

func (t *T) Name() string { return "method " + t.name }

type U struct {
	Tree
}

func (U) Name() string { return "U method" }

func main() {
	t := &T{name: "x", Tree: &Tree{Name: "field"}}
	fmt.Println(t.Name(), t.Tree.Name)
	var v T = *t
	fmt.Println(v.Name())
	u := U{Tree{"f"}}
	fmt.Println(u.Name(), u.Tree.Name)
}
