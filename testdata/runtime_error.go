package main

import "runtime"

func try(name string, f func()) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			println(name, "runtime.Error:", re.Error())
			return
		}
		if e, ok := r.(error); ok {
			println(name, "error:", e.Error())
			return
		}
		println(name, "other")
	}()
	f()
}

type T struct{}

func main() {
	var s []int
	i := 5
	try("index", func() { _ = s[i] })
	try("slice", func() { _ = s[1:i] })
	var m map[string]int
	try("nilmap", func() { m["a"] = 1 })
	var x any = "str"
	try("assert", func() { _ = x.(int) })
	try("assert2", func() { _ = x.(T) })
	z := 0
	try("div", func() { _ = 10 / z })
	var p *T
	try("nil", func() { _ = *p })
	try("plain", func() { panic("boom") })
	var e runtime.Error
	println(e == nil)
}
