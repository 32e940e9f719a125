// A selector picks the shallowest of fields and methods: a method of the
// outer type hides a field of the same name in an embedded struct
// (text/template's Template.Name() over its embedded *parse.Tree's Name
// field), and a field hides a deeper method.
package main

import "fmt"

type Tree struct {
	Name string
	Root int
}

type Template struct {
	name string
	*Tree
}

func (t *Template) Name() string { return t.name }

type base struct{ x int }

func (b *base) addrBase() uint64 { return 7 }

type unit struct {
	base
	addrBase uint64
}

type Inner struct{ Size int }

type Middle struct{ Inner }

func (Middle) Size() string { return "method" }

type Outer struct{ Middle }

func main() {
	t := &Template{name: "outer", Tree: &Tree{Name: "inner"}}
	fmt.Println(t.Name(), t.Tree.Name)
	f := t.Name
	fmt.Println(f())
	var v Template = *t
	fmt.Println(v.Name())
	u := unit{addrBase: 3}
	fmt.Println(u.addrBase, u.base.addrBase())
	o := Outer{}
	o.Middle.Inner.Size = 5
	fmt.Println(o.Size(), o.Middle.Size(), o.Inner.Size)
	var s fmt.Stringer = stringer{t}
	fmt.Println(s.String())
}

type stringer struct{ *Template }

func (s stringer) String() string { return "tmpl " + s.Name() }
