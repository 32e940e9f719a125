package main

// A value method called through a nil pointer (an interface holding a nil
// *T, a method expression (*T).M, a method value taken from an embedded
// nil pointer) panics with gc's panicwrap error, which recover returns as
// a runtime.Error.

type I interface{ M() int }

type T struct{ n int }

func (t T) M() int { return t.n }

type G[X any] struct{ v X }

func (g G[X]) M() int { return 1 }

type S string

func (s S) M() int { return len(s) }

type Outer struct{ *T }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, runtime := r.(interface{ RuntimeError() })
		println(name, runtime, r.(error).Error())
	}()
	f()
}

func main() {
	var p *T
	var i I = p
	try("iface", func() { println(i.M()) })
	var g *G[int]
	i = g
	try("generic", func() { println(i.M()) })
	var s *S
	i = s
	try("named string", func() { println(i.M()) })
	f := (*S).M
	try("method expr", func() { println(f(nil)) })
	var o Outer
	try("promoted", func() { println(o.M()) })
	i = o
	try("promoted iface", func() { println(i.M()) })
	try("method value", func() { mv := p.M; println(mv()) })
}
