package main

// Method values bind the receiver when evaluated: a value receiver is
// copied then, a pointer receiver keeps pointing at the variable.

type acc struct{ n int }

func (a acc) value() int { return a.n }
func (a *acc) ptr() int  { return a.n }
func (a *acc) inc()      { a.n++ }

type num int

func (n num) plus(k int) int { return int(n) + k }

func main() {
	a := acc{1}
	fv := a.value
	fp := a.ptr
	a.n = 5
	println(fv(), fp())
	inc := a.inc
	inc()
	inc()
	println(a.n, fv(), fp())
	p := &acc{10}
	pv := p.value // copies *p now
	p.n = 20
	println(pv(), p.value())
	n := num(7)
	f := n.plus
	n = 100
	println(f(1), n.plus(1))
	fs := []func() int{a.value, a.ptr}
	a.n = 50
	println(fs[0](), fs[1]())
	var g func(int) int = num(3).plus
	println(g(4))
	callers := map[string]func(){"inc": a.inc}
	callers["inc"]()
	println(a.n)
}
