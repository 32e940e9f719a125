// reflect.MakeFunc and method values as funcs: the func values reflect
// makes are called by compiled code in golift's convention (rt's stub
// saves the registers, reflect's callReflect/callMethod run the call):
// integers, floats, strings, slices, structs small and large, several
// results, variadic functions, generic swap, panics in the made function,
// and method values of concrete and interface receivers.
package main

import (
	"reflect"
	"strings"
)

type Big struct {
	A [6]int
	S string
}

type Acc struct{ total int }

func (a *Acc) Add(n int) int         { a.total += n; return a.total }
func (a Acc) Show(p string) string    { return p + strings.Repeat("#", a.total) }
func (a Acc) Pair() (int, string)     { return a.total, "pair" }

type Shower interface{ Show(string) string }

func makeSwap(fptr any) {
	fn := reflect.ValueOf(fptr).Elem()
	swap := func(in []reflect.Value) []reflect.Value { return []reflect.Value{in[1], in[0]} }
	fn.Set(reflect.MakeFunc(fn.Type(), swap))
}

func main() {
	var intSwap func(int, int) (int, int)
	makeSwap(&intSwap)
	println(intSwap(1, 2))
	var strSwap func(string, string) (string, string)
	makeSwap(&strSwap)
	println(strSwap("a", "b"))
	var fSwap func(float64, float32) (float32, float64)
	makeSwap(&fSwap)
	x, y := fSwap(1.5, 2.5)
	println(x, y)

	sum := reflect.MakeFunc(reflect.TypeOf(func(...int) int { return 0 }), func(in []reflect.Value) []reflect.Value {
		t := 0
		for i := 0; i < in[0].Len(); i++ {
			t += int(in[0].Index(i).Int())
		}
		return []reflect.Value{reflect.ValueOf(t)}
	}).Interface().(func(...int) int)
	println(sum(1, 2, 3, 4), sum())

	many := reflect.MakeFunc(reflect.TypeOf(func(a, b, c, d, e, f, g, h int, s string, sl []byte, x1, x2, x3, x4, x5, x6, x7, x8, x9 float64) (int, float64, string) {
		return 0, 0, ""
	}), func(in []reflect.Value) []reflect.Value {
		n := 0
		fl := 0.0
		for _, v := range in {
			switch v.Kind() {
			case reflect.Int:
				n += int(v.Int())
			case reflect.Float64:
				fl += v.Float()
			}
		}
		return []reflect.Value{reflect.ValueOf(n), reflect.ValueOf(fl), reflect.ValueOf(in[8].String() + string(in[9].Bytes()))}
	}).Interface().(func(a, b, c, d, e, f, g, h int, s string, sl []byte, x1, x2, x3, x4, x5, x6, x7, x8, x9 float64) (int, float64, string))
	n, fl, s := many(1, 2, 3, 4, 5, 6, 7, 8, "s", []byte("b"), 1, 2, 3, 4, 5, 6, 7, 8, 9)
	println(n, fl, s)

	bigf := reflect.MakeFunc(reflect.TypeOf(func(Big, [3]int) Big { return Big{} }), func(in []reflect.Value) []reflect.Value {
		b := in[0].Interface().(Big)
		arr := in[1].Interface().([3]int)
		b.A[5] = arr[2]
		b.S += "!"
		return []reflect.Value{reflect.ValueOf(b)}
	}).Interface().(func(Big, [3]int) Big)
	b := bigf(Big{A: [6]int{1}, S: "big"}, [3]int{7, 8, 9})
	println(b.A[0], b.A[5], b.S)

	boom := reflect.MakeFunc(reflect.TypeOf(func(int) {}), func(in []reflect.Value) []reflect.Value {
		panic("made func panics")
	}).Interface().(func(int))
	func() {
		defer func() { println("recovered:", recover().(string)) }()
		boom(1)
	}()
	bad := reflect.MakeFunc(reflect.TypeOf(func() int { return 0 }), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf("wrong")}
	}).Interface().(func() int)
	func() {
		defer func() { println("recovered:", recover().(string)) }()
		bad()
	}()

	// method values
	a := &Acc{}
	add := reflect.ValueOf(a).MethodByName("Add").Interface().(func(int) int)
	println(add(2), add(3), a.total)
	show := reflect.ValueOf(*a).MethodByName("Show").Interface().(func(string) string)
	println(show(">"))
	pair := reflect.ValueOf(a).MethodByName("Pair").Interface().(func() (int, string))
	pn, ps := pair()
	println(pn, ps)
	var sh Shower = Acc{2}
	isv := reflect.ValueOf(&sh).Elem().Method(0).Interface().(func(string) string)
	println(isv("i"))
	// a made func called through reflect again
	mf := reflect.ValueOf(intSwap)
	r := mf.Call([]reflect.Value{reflect.ValueOf(5), reflect.ValueOf(6)})
	println(r[0].Int(), r[1].Int())
	println(reflect.ValueOf(add).Call([]reflect.Value{reflect.ValueOf(10)})[0].Int())
}

func init() {
	r9 := reflect.MakeFunc(reflect.TypeOf(func(int) (int, int, int, int, int, int, int, int, int, string, float64) { return 0, 0, 0, 0, 0, 0, 0, 0, 0, "", 0 }), func(in []reflect.Value) []reflect.Value {
		var out []reflect.Value
		for i := 0; i < 9; i++ {
			out = append(out, reflect.ValueOf(int(in[0].Int())+i))
		}
		return append(out, reflect.ValueOf("ten"), reflect.ValueOf(11.5))
	}).Interface().(func(int) (int, int, int, int, int, int, int, int, int, string, float64))
	a, _, _, _, _, _, _, h, i, s, f := r9(100)
	println("r9", a, h, i, s, f)
}
