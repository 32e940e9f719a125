// runtime.Callers and CallersFrames: skip counts (0 is Callers itself),
// the logical frames of inlined calls, goroutines ending in
// runtime.goexit, a buffer shorter than the stack, FuncForPC of a pc.
package main

import (
	"runtime"
	"strings"
	"unsafe"
)

func base(path string) string {
	return path[strings.LastIndex(path, "/")+1:]
}

func show(skip int, n int) {
	pcs := make([]uintptr, n)
	k := runtime.Callers(skip, pcs)
	frames := runtime.CallersFrames(pcs[:k])
	for {
		f, more := frames.Next()
		if strings.HasPrefix(f.Function, "runtime.") {
			// Go's runtime files and lines are not golift's.
			println(" ", f.Function)
		} else {
			println(" ", f.Function, base(f.File), f.Line, f.Entry != 0, f.PC >= f.Entry)
		}
		if !more {
			break
		}
	}
}

type S struct{}

func (S) walk() { show(0, 20) }

func leaf()  { show(1, 20) }
func mid()   { leaf() }
func top()   { mid() }
func tiny()  { show(2, 20) }
func tiny2() { tiny() }

// code is the entry of a func value's code (Go's funcval layout: a
// pointer to a record whose first word is the code address).
func code(f func()) uintptr {
	return **(**uintptr)(unsafe.Pointer(&f))
}

func recurse(n int) {
	if n == 0 {
		show(1, 20)
		return
	}
	recurse(n - 1)
}

func main() {
	println("skip 0")
	show(0, 20)
	println("method")
	S{}.walk()
	println("chain")
	top()
	println("inlined")
	tiny2()
	println("recursion")
	recurse(3)
	println("short buffer")
	show(1, 2)
	println("closure")
	func() {
		show(1, 20)
	}()
	println("goroutine")
	done := make(chan bool)
	go func() {
		show(1, 20)
		done <- true
	}()
	<-done
	println("funcforpc")
	pcs := make([]uintptr, 1)
	runtime.Callers(1, pcs)
	fn := runtime.FuncForPC(pcs[0] - 1)
	file, line := fn.FileLine(pcs[0] - 1)
	println(fn.Name(), fn.Entry() != 0, fn.Entry() <= pcs[0], base(file), line)
	println(runtime.Callers(0, nil))
	println("func values")
	println(runtime.FuncForPC(code(top)).Name())
	println(runtime.FuncForPC(code(S{}.walk)).Name())
	println(runtime.FuncForPC(code(func() {})).Name())
}
