package main

// Runtime errors are recoverable error values whose Error() is gc's text.

type E interface{ RuntimeError() }

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		_, isRuntime := r.(E)
		if ok {
			println(name+":", err.Error(), isRuntime)
		} else {
			println(name + ": no error")
		}
	}()
	f()
}

type T struct{}

func main() {
	s := []int{1, 2, 3}
	i := 5
	try("index", func() { _ = s[i] })
	try("slice", func() { _ = s[1:i] })
	k := 1
	try("slice3", func() { _ = s[2:k:2] })
	var m map[string]int
	try("nilmap", func() { m["a"] = 1 })
	z := 0
	try("div", func() { _ = 10 / z })
	try("mod", func() { _ = 10 % z })
	var e any = "str"
	try("assert", func() { _ = e.(int) })
	try("assertT", func() { _ = e.(T) })
	var p *T
	try("nilptr", func() { _ = *p })
	var arr [4]int
	j := -1
	try("negidx", func() { arr[j+0] = 1 })
	str := "abc"
	try("stridx", func() { _ = str[i] })
	try("makeslice", func() { _ = make([]int, j) })
	var f func()
	try("nilfunc", func() { f() })
	try("none", func() {})
}
