// runtime.Caller and FuncForPC: function names as gc prints them (methods,
// closures, generic functions), file base names, lines, skip levels.
package main

import (
	"runtime"
	"strings"
)

func base(path string) string {
	return path[strings.LastIndex(path, "/")+1:]
}

func where(skip int) string {
	pc, file, line, ok := runtime.Caller(skip + 1)
	if !ok {
		return "?"
	}
	name := runtime.FuncForPC(pc).Name()
	f, l := runtime.FuncForPC(pc).FileLine(pc)
	if f != file || l != line {
		return "FileLine disagrees"
	}
	return name + " " + base(file) + ":" + itoa(line)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}

type T struct{ n int }

func (t T) Value() string   { return where(0) }
func (t *T) Pointer() string { return where(0) }

type G[E any] struct{ e E }

func (g *G[E]) Method() string { return where(0) }

func Generic[E any](e E) string {
	return where(0)
}

func caller() string {
	return where(1)
}

func small() int {
	_, _, line, _ := runtime.Caller(0)
	return line
}

func outer() string {
	return inner()
}

func inner() string {
	return where(1) + " / " + where(2)
}

// deferring's deferred call runs at the closing brace.
func deferring() {
	defer func() {
		println(where(1))
	}()
	println("deferring")
}

func main() {
	deferring()
	println(where(0))
	var t T
	println(t.Value())
	println(t.Pointer())
	println((&G[int]{}).Method())
	println(Generic(1))
	println(Generic("s"))
	println(caller())
	println(small())
	println(outer())
	f := func() string {
		return where(0)
	}
	println(f())
	func() {
		g := func() string { return where(0) + " < " + where(1) }
		println(g())
	}()
	pc, file, line, ok := runtime.Caller(1000)
	println(pc, file == "", line, ok)
	println(runtime.FuncForPC(0) == nil, runtime.FuncForPC(0).Name() == "")
	done := make(chan string)
	go func() {
		done <- where(0)
	}()
	println(<-done)
	defer func() {
		println(where(0))
	}()
}
