package main

import (
	"fmt"
	"reflect"
)

type Color int

func (c Color) String() string { return fmt.Sprint("color", int(c)) }

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }

type Wrapped struct {
	Counter
	Color
}

type incer interface{ Inc() int }

// The program never spells *Color or *Wrapped: reflect.New must still find
// their method sets (gc emits *T's descriptor with T's).
func main() {
	v := reflect.ValueOf(Color(2))
	p := reflect.New(v.Type())
	p.Elem().Set(v)
	fmt.Println(p.Type(), p.Type().NumMethod(), reflect.PointerTo(v.Type()) == p.Type())
	s, ok := reflect.TypeAssert[fmt.Stringer](p)
	fmt.Println(ok, s)
	fmt.Println(p.Interface())

	w := reflect.New(reflect.TypeOf(Wrapped{}))
	fmt.Println(w.Type(), w.Type().NumMethod())
	for i := 0; i < w.Type().NumMethod(); i++ {
		fmt.Println(" ", w.Type().Method(i).Name)
	}
	if in, ok := w.Interface().(incer); ok {
		in.Inc()
		fmt.Println(in.Inc())
	}
	if st, ok := w.Interface().(fmt.Stringer); ok {
		fmt.Println(st.String())
	}
}
