// reflect's calls: Value.Call and CallSlice of functions, closures,
// methods (value and pointer receivers, through interfaces, promoted) and
// method values, with arguments and results of every shape golift passes
// in registers: integers of each size, floats, complex numbers, strings,
// slices, interfaces, maps, small structs, arrays and large structs (by
// pointer), several results, variadic parameters, and panics raised by
// the callee.
package main

import (
	"errors"
	"reflect"
	"strings"
)

type Small struct {
	A int8
	B float32
	C string
}

type Big struct {
	Arr [5]int
	S   string
	F   float64
}

type Counter struct{ n int }

func (c Counter) Get() int           { return c.n }
func (c *Counter) Add(d int) int     { c.n += d; return c.n }
func (c Counter) Desc(p string) string { return p + strings.Repeat("*", c.n) }

type Getter interface{ Get() int }

type Outer struct {
	Counter
	Name string
}

func add(a, b int) int { return a + b }

func mix(a int8, b uint16, c int32, d float32, e float64, f bool) (float64, bool, int32) {
	return float64(a) + float64(b) + float64(c) + float64(d) + e, !f, c * 2
}

func strs(s string, xs []string, m map[string]int, e any) (string, int, error) {
	return s + strings.Join(xs, "+"), m["k"] + len(xs), errors.New(s)
}

func cplx(a complex128, b complex64) (complex128, complex64) { return a * 2, b + 1i }

func small(s Small) Small { s.A++; s.B *= 2; s.C += "!"; return s }

func big(b Big, arr [3]string) (Big, [3]string) {
	b.Arr[4] = 99
	b.S = arr[1]
	arr[0] = "first"
	return b, arr
}

func variadic(pre string, ns ...int) string {
	s := pre
	for _, n := range ns {
		s += string(rune('0' + n))
	}
	return s
}

func none() { println("none called") }

func boom(s string) int { panic("boom: " + s) }

func main() {
	r := reflect.ValueOf(add).Call([]reflect.Value{reflect.ValueOf(40), reflect.ValueOf(2)})
	println(len(r), r[0].Int())
	r = reflect.ValueOf(mix).Call([]reflect.Value{reflect.ValueOf(int8(-3)), reflect.ValueOf(uint16(500)), reflect.ValueOf(int32(7)), reflect.ValueOf(float32(0.5)), reflect.ValueOf(1.25), reflect.ValueOf(true)})
	println(r[0].Float(), r[1].Bool(), r[2].Int())
	r = reflect.ValueOf(strs).Call([]reflect.Value{reflect.ValueOf("s:"), reflect.ValueOf([]string{"a", "b"}), reflect.ValueOf(map[string]int{"k": 5}), reflect.ValueOf(3.5)})
	println(r[0].String(), r[1].Int(), r[2].Interface().(error).Error())
	r = reflect.ValueOf(cplx).Call([]reflect.Value{reflect.ValueOf(1 + 2i), reflect.ValueOf(complex64(3 - 1i))})
	println(real(r[0].Complex()), imag(r[0].Complex()), real(r[1].Complex()), imag(r[1].Complex()))
	r = reflect.ValueOf(small).Call([]reflect.Value{reflect.ValueOf(Small{1, 1.5, "x"})})
	sm := r[0].Interface().(Small)
	println(sm.A, sm.B, sm.C)
	r = reflect.ValueOf(big).Call([]reflect.Value{reflect.ValueOf(Big{Arr: [5]int{1, 2, 3}, S: "s", F: 2.5}), reflect.ValueOf([3]string{"a", "b", "c"})})
	bg := r[0].Interface().(Big)
	ar := r[1].Interface().([3]string)
	println(bg.Arr[0], bg.Arr[4], bg.S, bg.F, ar[0], ar[1], ar[2])
	vf := reflect.ValueOf(variadic)
	println(vf.Call([]reflect.Value{reflect.ValueOf("v"), reflect.ValueOf(1), reflect.ValueOf(2)})[0].String())
	println(vf.Call([]reflect.Value{reflect.ValueOf("w")})[0].String())
	println(vf.CallSlice([]reflect.Value{reflect.ValueOf("x"), reflect.ValueOf([]int{3, 4, 5})})[0].String())
	reflect.ValueOf(none).Call(nil)
	k := 10
	clo := func(a int) int { k += a; return k }
	println(reflect.ValueOf(clo).Call([]reflect.Value{reflect.ValueOf(5)})[0].Int(), k)

	// methods
	c := Counter{3}
	cv := reflect.ValueOf(c)
	println(cv.MethodByName("Get").Call(nil)[0].Int(), cv.MethodByName("Desc").Call([]reflect.Value{reflect.ValueOf("d")})[0].String())
	pc := &Counter{1}
	pv := reflect.ValueOf(pc)
	println(pv.MethodByName("Add").Call([]reflect.Value{reflect.ValueOf(4)})[0].Int(), pc.n, pv.MethodByName("Get").Call(nil)[0].Int())
	println(pv.NumMethod(), cv.NumMethod())
	for i := 0; i < pv.NumMethod(); i++ {
		m := pv.Type().Method(i)
		println(m.Name, m.Type.String(), m.Func.Type().String())
	}
	m, _ := reflect.TypeOf(pc).MethodByName("Add")
	println(m.Func.Call([]reflect.Value{pv, reflect.ValueOf(10)})[0].Int())
	var g Getter = Counter{8}
	gv := reflect.ValueOf(&g).Elem()
	println(gv.Kind().String(), gv.Method(0).Call(nil)[0].Int())
	o := Outer{Counter{2}, "o"}
	println(reflect.ValueOf(o).MethodByName("Desc").Call([]reflect.Value{reflect.ValueOf(">")})[0].String())
	println(reflect.ValueOf(&o).MethodByName("Add").Call([]reflect.Value{reflect.ValueOf(1)})[0].Int(), o.n)
	mv := reflect.ValueOf(pc).MethodByName("Add")
	println(mv.Call([]reflect.Value{reflect.ValueOf(100)})[0].Int(), pc.n)
	println(mv.Type().String())
	addFn := m.Func.Interface().(func(*Counter, int) int)
	println(addFn(pc, 1000), pc.n)
	getFn := reflect.ValueOf(Counter.Get).Interface().(func(Counter) int)
	println(getFn(Counter{6}))
	gm, _ := reflect.TypeOf(Counter{}).MethodByName("Desc")
	println(gm.Func.Interface().(func(Counter, string) string)(Counter{2}, "t"))
	println(gm.Func.Call([]reflect.Value{reflect.ValueOf(Counter{1}), reflect.ValueOf("u")})[0].String())

	// panics through Call, and argument errors
	func() {
		defer func() { println("recovered:", recover().(string)) }()
		reflect.ValueOf(boom).Call([]reflect.Value{reflect.ValueOf("inner")})
	}()
	func() {
		defer func() { println("recovered:", recover().(string)) }()
		reflect.ValueOf(add).Call([]reflect.Value{reflect.ValueOf(1)})
	}()
	func() {
		defer func() { println("recovered:", recover().(string)) }()
		reflect.ValueOf(add).Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf("x")})
	}()
}
