// Interfaces whose method signatures lead to declarations that embed them
// while they are still being declared: valid Go, since only embedding (not
// a reference in a signature) can make an interface contain itself.
package main

import "fmt"

// Declared first, so that each cycle below is entered at the interface
// that the others embed.
func heads(Shape, A, P, X, Y) {}

// Shape -> Group (method) -> Member (method) embeds Shape.
type Shape interface {
	Area() int
	Owner() Group
}

type Group interface {
	Members() []Member
	Lead() Member
}

type Member interface {
	Shape
	Rank() int
}

type sq struct{ n int }

func (s sq) Area() int    { return s.n * s.n }
func (s sq) Owner() Group { return grp{s} }
func (s sq) Rank() int    { return s.n + 100 }

type grp struct{ m Member }

func (g grp) Members() []Member { return []Member{g.m, g.m} }
func (g grp) Lead() Member      { return g.m }

// A longer chain of method results before the embedding.
type A interface {
	B() B
	Name() string
}
type B interface{ C() C }
type C interface{ D() D }
type D interface {
	A
	Depth() int
}

type impl struct{ d int }

func (x impl) B() B         { return x }
func (x impl) C() C         { return x }
func (x impl) D() D         { return impl{x.d + 1} }
func (x impl) Name() string { return fmt.Sprint("impl", x.d) }
func (x impl) Depth() int   { return x.d }

// Q embeds two interfaces: R is declared while Q waits, P is in progress.
type P interface {
	Q() Q
	Pm() string
}
type Q interface {
	R
	P
	Qm() string
}
type R interface {
	S() Q
	Rm() string
}

type pqr struct{}

func (pqr) Q() Q       { return pqr{} }
func (pqr) S() Q       { return pqr{} }
func (pqr) Pm() string { return "P" }
func (pqr) Qm() string { return "Q" }
func (pqr) Rm() string { return "R" }

// Z embeds Y, which itself waits for X.
type X interface {
	Y() Z
	Xm() int
}
type Y interface{ X }
type Z interface {
	Y
	Zm() int
}

type xyz int

func (v xyz) Y() Z    { return v + 1 }
func (v xyz) Xm() int { return int(v) }
func (v xyz) Zm() int { return int(v) * 10 }

// An alias in the chain, a defined type over a waiting interface, and an
// interface embedding that one.
type Base interface {
	Next() Derived
	ID() string
}
type BaseAlias = Base
type Derived interface {
	BaseAlias
	Extra() int
}
type Renamed Derived
type Again interface {
	Renamed
	ID() string
}

type obj int

func (o obj) Next() Derived { return o + 1 }
func (o obj) ID() string    { return fmt.Sprint("obj", int(o)) }
func (o obj) Extra() int    { return int(o) * 7 }

// A struct field on the way.
type Wrapper interface {
	Inner() Holder
}
type Holder struct {
	w  Named
	id int
}
type Named interface {
	Wrapper
	Name() string
}

type wr struct{ n string }

func (w wr) Inner() Holder { return Holder{w, 5} }
func (w wr) Name() string  { return w.n }

func main() {
	var s Shape = sq{3}
	m := s.Owner().Lead()
	fmt.Println(s.Area(), m.Rank(), m.Area(), len(s.Owner().Members()))
	var sh Shape = m
	fmt.Println(sh.Area())

	var a A = impl{0}
	d := a.B().C().D()
	fmt.Println(d.Name(), d.Depth(), d.B().C().D().Depth())
	var a2 A = d
	fmt.Println(a2.Name())

	var p P = pqr{}
	q := p.Q()
	fmt.Println(q.Pm(), q.Qm(), q.Rm(), q.S().Pm(), q.Q().Qm())
	var r R = q
	fmt.Println(r.Rm())

	var x X = xyz(4)
	z := x.Y()
	var y Y = z
	fmt.Println(z.Zm(), z.Xm(), y.Xm(), y.Y().Zm())
	fmt.Printf("%T %v\n", z, z)

	var b Base = obj(1)
	dv := b.Next()
	fmt.Println(dv.ID(), dv.Extra(), dv.Next().Next().ID())
	var rn Renamed = dv
	var ag Again = rn
	fmt.Println(rn.Extra(), ag.ID(), ag.Extra())

	var w Wrapper = wr{"hi"}
	h := w.Inner()
	fmt.Println(h.w.Name(), h.id, h.w.Inner().w.Name())

	var e interface{} = m
	_, isShape := e.(Shape)
	_, isGroup := e.(Group)
	_, isNamed := interface{}(h.w).(Named)
	_, isAgain := interface{}(h.w).(Again)
	fmt.Println(isShape, isGroup, isNamed, isAgain)
	var se interface{ Area() int } = m
	fmt.Println(se.Area())
}
