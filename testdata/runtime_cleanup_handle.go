package main

import (
	"fmt"
	"runtime"
	"strings"
)

type res struct{ name string }

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	r := &res{"a"}
	c := runtime.AddCleanup(r, func(n string) { fmt.Println("cleanup", n) }, r.name)
	s := fmt.Sprintf("%v", c)
	fmt.Println(strings.HasPrefix(s, "{1 "), strings.Count(s, " "))
	c.Stop()
	c2 := runtime.AddCleanup(r, func(int) {}, 5)
	fmt.Println(strings.HasPrefix(fmt.Sprintf("%v", c2), "{2 "))
	try(func() { runtime.AddCleanup((*res)(nil), func(int) {}, 1) })
	try(func() { runtime.AddCleanup(r, func(*res) {}, r) })
	var z runtime.Cleanup
	fmt.Printf("%v %+v\n", z, z)
	z.Stop()
}
