// Defined types whose right side is a type still being declared, reached
// through a pointer, slice, map, function, interface or channel (as
// image/png's `type EncoderBuffer encoder`): valid, with the right side's
// underlying type.
package main

import "fmt"

type encoder struct {
	enc *Encoder
	n   int
}

type Encoder struct {
	Level int
	buf   *Buffer
	Pool  Pool
}

type Pool interface{ Get() *Buffer }

type Buffer encoder

type onePool struct{ b *Buffer }

func (p onePool) Get() *Buffer { return p.b }

func (e *encoder) Write(b []byte) (int, error) { e.n += len(b); return len(b), nil }

type G struct{ x *H }
type H G

type I []J
type J I

type K map[string]L
type L K

type M func(N) N
type N M

type Q chan R
type R Q

func main() {
	enc := &Encoder{Level: 2}
	enc.buf = &Buffer{n: 7}
	enc.Pool = onePool{enc.buf}
	e := (*encoder)(enc.Pool.Get())
	e.enc = enc
	e.Write([]byte("abc"))
	fmt.Println(e.n, e.enc.Level, (*Buffer)(e).n, enc.buf.n)
	fmt.Printf("%v %T\n", enc.buf.n, enc.buf)

	h := H{x: &H{}}
	fmt.Println(h.x.x == nil)
	j := J{J{}, nil}
	fmt.Println(len(j), len(j[0]))
	l := L{"a": L{"b": nil}}
	fmt.Println(len(l["a"]), l["a"]["b"] == nil)
	var n N = func(x N) N { return x }
	fmt.Println(n(nil) == nil)
	r := make(R, 1)
	r <- make(R)
	fmt.Println(len(r), cap(<-r))
}
