package main

// The first append to an empty local slice gets a 32-byte stack buffer when
// the slice does not escape (cap 4 for ints). Passing the slice to a
// function whose parameter does not leak keeps it local; passing it where
// it is stored, returned to an escaping place, converted to an interface
// or handed to a goroutine makes the buffer a heap allocation of exactly
// the size needed.

import (
	"fmt"
	"strings"
)

var kept []int
var keptPtr *int

//go:noinline
func describe(name string, s []int) {
	print(name, ": len=", len(s), " cap=", cap(s), " data:")
	for _, v := range s {
		print(" ", v)
	}
	println()
}

//go:noinline
func total(s []int) int {
	t := 0
	for i := range s {
		t += s[i]
	}
	return t
}

//go:noinline
func forward(name string, s []int) { describe(name, s) }

//go:noinline
func countdown(s []int, n int) int {
	if n == 0 {
		return len(s)
	}
	return countdown(s, n-1)
}

//go:noinline
func ping(s []int, n int) int {
	if n > 0 {
		return pong(s, n-1)
	}
	return s[0]
}

//go:noinline
func pong(s []int, n int) int {
	if n > 0 {
		return ping(s, n-1)
	}
	return s[0]
}

//go:noinline
func leakPing(s []int, n int) {
	if n > 0 {
		leakPong(s, n-1)
	}
}

//go:noinline
func leakPong(s []int, n int) {
	if n > 0 {
		leakPing(s, n-1)
	} else {
		kept = s
	}
}

//go:noinline
func store(s []int) { kept = s }

//go:noinline
func storeElem(s []int) { keptPtr = &s[0] }

//go:noinline
func printed(s []int) { fmt.Println("printed", s) }

//go:noinline
func rest(s []int) int {
	n := 0
	for _, v := range s[1:] {
		n += v
	}
	return n
}

//go:noinline
func copied(s []int) int {
	d := make([]int, 3)
	return copy(d, s)
}

//go:noinline
func empty(s []int) bool { return s == nil || len(s) == 0 }

//go:noinline
func text(b []byte) string { return string(b) }

//go:noinline
func lenOf(xs ...int) int { return len(xs) }

type counter struct{ n int }

//go:noinline
func (c *counter) add(s []int) { c.n += len(s) }

//go:noinline
func case1() {
	var s []int
	s = append(s, 42)
	describe("direct", s)
}

//go:noinline
func case2() {
	var s []int
	s = append(s, 1)
	println("total", total(s), cap(s))
}

//go:noinline
func case3() {
	var s []int
	s = append(s, 2)
	forward("forward", s)
}

//go:noinline
func case4() {
	var s []int
	s = append(s, 3)
	println("recursive", countdown(s, 3), cap(s))
}

//go:noinline
func case5() {
	var s []int
	s = append(s, 4)
	println("mutual", ping(s, 3), cap(s))
}

//go:noinline
func case6() {
	var s []int
	s = append(s, 5)
	leakPing(s, 3)
	println("mutual leak", cap(s))
}

//go:noinline
func case7() {
	var s []int
	s = append(s, 6)
	store(s)
	println("stored", cap(s))
}

//go:noinline
func case8() {
	var s []int
	s = append(s, 7)
	storeElem(s)
	println("element address stored", cap(s))
}

//go:noinline
func case9() {
	var s []int
	s = append(s, 8)
	printed(s)
	println("after fmt", cap(s))
}

//go:noinline
func case10() {
	var s []int
	s = append(s, 9)
	fmt.Println("fmt len", len(s), cap(s))
}

//go:noinline
func case11() {
	var s []int
	s = append(s, 10, 11)
	println("rest", rest(s), cap(s))
}

//go:noinline
func case12() {
	var s []int
	s = append(s, 12)
	println("copied", copied(s), cap(s))
}

//go:noinline
func case13() {
	var s []int
	println("empty", empty(s))
	s = append(s, 13)
	println("nil check", empty(s), s == nil, cap(s))
}

//go:noinline
func case14() {
	var b []byte
	b = append(b, 'h', 'i')
	println("text", text(b), cap(b))
}

//go:noinline
func case15() {
	var s []int
	s = append(s, 14)
	println("spread", lenOf(s...), cap(s))
}

//go:noinline
func case16() {
	var s []int
	s = append(s, 15)
	var c counter
	c.add(s)
	println("method", c.n, cap(s))
}

//go:noinline
func case17() {
	var s []string
	s = append(s, "joined")
	println(strings.Join(s, ","), cap(s))
}

//go:noinline
func case18() {
	var s []int
	s = append(s, 16)
	t := append([]int(nil), s...)
	println("appended from", cap(s), len(t))
}

//go:noinline
func case19() {
	var s []int
	s = append(s, 18)
	done := make(chan bool)
	go func(s []int) {
		describe("goroutine", s)
		done <- true
	}(s)
	<-done
	println("go", cap(s))
}

//go:noinline
func case20() {
	var s []int
	s = append(s, 19)
	done := make(chan bool)
	go forwardDone("go statement", s, done)
	<-done
	println("go statement", cap(s))
}

func main() {
	case1()
	case2()
	case3()
	case4()
	case5()
	case6()
	case7()
	case8()
	case9()
	case10()
	case11()
	case12()
	case13()
	case14()
	case15()
	case16()
	case17()
	case18()
	case19()
	case20()
}

//go:noinline
func forwardDone(name string, s []int, done chan bool) {
	describe(name, s)
	done <- true
}
