// runtime.Stack: Go's traceback format for the calling goroutine (the
// header, a line per frame, the file:line below it); addresses, argument
// values and directories differ between builds, so only the stable parts
// are printed.
package main

import (
	"runtime"
	"strings"
)

func stable(trace string) {
	for _, l := range strings.Split(strings.TrimSuffix(trace, "\n"), "\n") {
		switch {
		case strings.HasPrefix(l, "\t"):
			l = l[strings.LastIndex(l, "/")+1:]
			// Go prints " +0xOFF" for frames not inlined, and gc's
			// inlining is not golift's.
			if i := strings.Index(l, " +0x"); i >= 0 {
				l = l[:i]
			}
			println("|  ", l)
		case strings.HasPrefix(l, "goroutine "):
			println("| header:", strings.HasSuffix(l, " [running]:"))
		default:
			// The argument list starts at the first "(" that does not
			// open a receiver "(*T)".
			for i := 0; i < len(l); i++ {
				if l[i] == '(' && (i+1 == len(l) || l[i+1] != '*') {
					l = l[:i]
					break
				}
			}
			println("|", l)
		}
	}
}

type T struct{}

func (*T) method(buf []byte) int {
	return runtime.Stack(buf, false)
}

func deep(n int, buf []byte) int {
	if n == 0 {
		return (&T{}).method(buf)
	}
	return deep(n-1, buf) + 0
}

func main() {
	buf := make([]byte, 4096)
	n := runtime.Stack(buf, false)
	stable(string(buf[:n]))
	n = deep(2, buf)
	stable(string(buf[:n]))
	small := make([]byte, 10)
	println(runtime.Stack(small, false), string(small))
	done := make(chan bool)
	go func() {
		n := runtime.Stack(buf, false)
		s := string(buf[:n])
		// A goroutine's trace ends with "created by" in Go.
		if i := strings.Index(s, "created by"); i >= 0 {
			s = s[:i]
		}
		stable(s)
		done <- true
	}()
	<-done
}
