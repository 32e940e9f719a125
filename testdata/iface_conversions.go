package main

// Implicit and explicit conversions between interface types and from
// concrete values; values are copied when converted.

type getter interface{ get() int }
type getSetter interface {
	getter
	set(int)
}

type box struct{ v int }

func (b box) get() int   { return b.v }
func (b *box) set(v int) { b.v = v }

type pbox struct{ *box }

func main() {
	b := box{1}
	var g getter = b
	b.v = 2
	println(g.get(), b.get())
	gs := getSetter(&b)
	gs.set(5)
	println(b.v, gs.get(), g.get())
	g = gs
	gs.set(6)
	println(g.get())
	var e any = g
	g2 := e.(getter)
	println(g2.get())
	pb := pbox{&box{9}}
	gs = pb
	gs.set(10)
	println(pb.v)
	var list []getter
	for i := 0; i < 3; i++ {
		list = append(list, box{i})
	}
	s := 0
	for _, x := range list {
		s += x.get()
	}
	println(s)
	f := func(g getter) int { return g.get() * 2 }
	println(f(box{21}), f(&box{4}))
}
