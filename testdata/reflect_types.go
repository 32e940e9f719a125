// reflect's Type API over golift's descriptors: TypeOf, Kind, String, Name,
// PkgPath, Size of every kind; struct fields and tags; func and method
// signatures; Implements, AssignableTo, ConvertibleTo; types built at run
// time (SliceOf, PointerTo, MapOf, ArrayOf, ChanOf, FuncOf), whose names
// resolve through addReflectOff.

package main

import (
	"reflect"
	"sort"
	"strconv"
	"unsafe"
)

type MyInt int

func (m MyInt) String() string { return "MyInt(" + strconv.Itoa(int(m)) + ")" }
func (m *MyInt) Inc()          { *m++ }

type Point struct {
	X, Y int    `json:"x" xml:"px"`
	Name string `json:"name,omitempty"`
	priv float64
	Inner
	*MyInt
}

type Inner struct {
	A []byte
	B map[string]int
}

type Shape interface {
	Area() float64
	Name() string
}

type Sq struct{ S float64 }

func (s Sq) Area() float64  { return s.S * s.S }
func (s Sq) Name() string    { return "sq" }
func (s *Sq) Scale(f float64) { s.S *= f }

type Fn func(int, string) (bool, error)

func show(v any) {
	t := reflect.TypeOf(v)
	println(t.String(), t.Kind().String(), t.Name(), t.PkgPath(), t.Size(), t.Align(), t.Comparable())
}

func main() {
	var ip *int
	var ch chan<- int
	var e error
	show(true)
	show(int8(1))
	show(int16(1))
	show(int32(1))
	show(int64(1))
	show(1)
	show(uint8(1))
	show(uint16(1))
	show(uint32(1))
	show(uint64(1))
	show(uint(1))
	show(uintptr(1))
	show(float32(1))
	show(1.5)
	show(complex64(1))
	show(1i)
	show("s")
	show(ip)
	show([]int{})
	show([3]string{})
	show(map[string][]int{})
	show(ch)
	show(make(chan struct{}))
	show(func() {})
	show(Fn(nil))
	show(Point{})
	show(&Point{})
	show(MyInt(3))
	show(unsafe.Pointer(nil))
	show(struct{ a, b int }{})
	show(&e)
	println(reflect.TypeOf(&e).Elem().String(), reflect.TypeOf(&e).Elem().Kind().String())

	// struct fields
	pt := reflect.TypeOf(Point{})
	println("fields", pt.NumField())
	for i := 0; i < pt.NumField(); i++ {
		f := pt.Field(i)
		println(f.Name, f.Type.String(), f.Offset, f.Anonymous, f.IsExported(), string(f.Tag), f.Tag.Get("json"), f.PkgPath, len(f.Index))
	}
	if f, ok := pt.FieldByName("A"); ok {
		println("A", f.Type.String(), f.Index[0], f.Index[1])
	}
	_, ok := pt.FieldByName("nope")
	println("nope", ok)

	// func types
	ft := reflect.TypeOf(Fn(nil))
	println(ft.NumIn(), ft.NumOut(), ft.In(0).String(), ft.In(1).String(), ft.Out(0).String(), ft.Out(1).String(), ft.IsVariadic())
	vt := reflect.TypeOf(func(string, ...int) {})
	println(vt.String(), vt.IsVariadic())

	// methods
	mt := reflect.TypeOf(MyInt(0))
	println("MyInt methods", mt.NumMethod())
	for i := 0; i < mt.NumMethod(); i++ {
		println(mt.Method(i).Name, mt.Method(i).Type.String())
	}
	pmt := reflect.TypeOf(new(MyInt))
	println("*MyInt methods", pmt.NumMethod())
	for i := 0; i < pmt.NumMethod(); i++ {
		println(pmt.Method(i).Name, pmt.Method(i).Type.String())
	}
	m, ok := reflect.TypeOf(Sq{}).MethodByName("Area")
	println(m.Name, m.Index, ok, m.Type.String())
	st := reflect.TypeOf((*Shape)(nil)).Elem()
	println(st.String(), st.Kind().String(), st.NumMethod(), st.Method(0).Name, st.Method(1).Type.String())
	println(reflect.TypeOf(Sq{}).Implements(st), reflect.TypeOf(MyInt(0)).Implements(st), reflect.TypeOf(&Sq{}).Implements(st))
	str := reflect.TypeOf((*interface{ String() string })(nil)).Elem()
	println(reflect.TypeOf(MyInt(0)).Implements(str), reflect.TypeOf(0).Implements(str))
	println(reflect.TypeOf(MyInt(0)).AssignableTo(reflect.TypeOf(0)), reflect.TypeOf(MyInt(0)).ConvertibleTo(reflect.TypeOf(0)))
	println(reflect.TypeOf(Sq{}).AssignableTo(st), reflect.TypeOf("").ConvertibleTo(reflect.TypeOf([]byte{})), reflect.TypeOf(1.5).ConvertibleTo(reflect.TypeOf("")))

	// elem/key/len
	println(reflect.TypeOf(map[string][]int{}).Key().String(), reflect.TypeOf(map[string][]int{}).Elem().String())
	println(reflect.TypeOf([3]string{}).Len(), reflect.TypeOf(ch).ChanDir().String(), reflect.TypeOf(make(<-chan int)).ChanDir().String())

	// constructed types
	println(reflect.SliceOf(reflect.TypeOf(Point{})).String())
	println(reflect.PointerTo(reflect.TypeOf(Sq{})).String())
	println(reflect.PointerTo(reflect.TypeOf(Inner{})).String())
	println(reflect.MapOf(reflect.TypeOf(""), reflect.TypeOf(1.5)).String())
	println(reflect.ArrayOf(4, reflect.TypeOf(byte(0))).String())
	println(reflect.ChanOf(reflect.BothDir, reflect.TypeOf(0)).String())
	println(reflect.FuncOf([]reflect.Type{reflect.TypeOf(0)}, []reflect.Type{reflect.TypeOf("")}, false).String())
	println(reflect.SliceOf(reflect.TypeOf(0)) == reflect.TypeOf([]int{}))
	println(reflect.TypeOf(0) == reflect.TypeOf(5))

	keys := []string{}
	for k := range map[string]int{"b": 1, "a": 2} {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	println(keys[0], keys[1])
}
