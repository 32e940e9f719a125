package main

// Evaluating a method value with a value receiver through a nil pointer
// panics at evaluation time, not when the method value is called.

type T struct{ x int }

func (t T) get() int { return t.x }
func (t *T) ptr() int {
	if t == nil {
		return -1
	}
	return t.x
}

func main() {
	var p *T
	f := p.ptr
	println(f())
	println("taking value method of nil pointer")
	g := p.get
	println("not reached", g())
}
