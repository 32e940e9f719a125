package main

import (
	"fmt"
	_ "unsafe"

	"example.com/lv/a"
	"example.com/lv/b"
)

//go:linkname c example.com/lv/a.counter
var c int

//go:linkname v example.com/lv/shared.value
var v int

//go:linkname names example.com/lv/a.names
var names []string

//go:linkname pt example.com/lv/a.origin
var pt a.Point

func main() {
	a.Inc()
	fmt.Println(c)
	c = 40
	a.Inc()
	fmt.Println(a.Get(), c)
	fmt.Println(v, a.Pushed())
	v++
	b.Bump()
	fmt.Println(v, a.Pushed())
	fmt.Println(names, len(names))
	names = append(names, "z")
	fmt.Println(a.Names())
	pt.Y = 9
	fmt.Println(a.Origin(), &pt == &pt)
	p := &c
	*p = -1
	fmt.Println(a.Get())
}
