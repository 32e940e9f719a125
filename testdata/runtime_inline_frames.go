// Callers and Caller through calls that the compiler inlines: every
// inlined call is still its own logical frame, with its own line, and
// skip counts logical frames; the program's main is inlined too.
package main

import (
	"runtime"
	"strings"
)

//go:noinline
func show() {
	pcs := make([]uintptr, 20)
	n := runtime.Callers(2, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		if strings.HasPrefix(f.Function, "runtime.") {
			println(" ", f.Function)
		} else {
			println(" ", f.Function, f.Line)
		}
		if !more {
			break
		}
	}
	for skip := 1; skip <= 4; skip++ {
		pc, _, line, ok := runtime.Caller(skip)
		println(" caller", skip, runtime.FuncForPC(pc).Name(), line, ok)
	}
}

func c() { show() }
func b() { c() }
func a() { b() }

type T struct{}

func (T) m() { a() }

func main() {
	a()
	fv := func() { a() }
	fv()
	T{}.m()
}
