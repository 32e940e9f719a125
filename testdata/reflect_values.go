// reflect's Value API: get and set of every kind, Elem/Index/Len, maps
// through the overlay of reflect/map.go (MapIndex, SetMapIndex, MapKeys
// sorted here, MapRange), New/Zero/MakeSlice/MakeMap/MakeChan/Append,
// channel operations and Select, conversions, Copy, Swapper, and reflect's
// panics.

package main

import (
	"reflect"
	"sort"
	"strconv"
)

type MyInt int

func (m MyInt) String() string { return "MyInt(" + strconv.Itoa(int(m)) + ")" }
func (m MyInt) Add(n int) int  { return int(m) + n }

type T struct {
	A int
	B string
	C []float64
	D map[string]int
	E *int
	F any
	g bool
	H [2]uint16
	I complex128
	J MyInt
}

func main() {
	x := 7
	t := T{A: 1, B: "bee", C: []float64{1.5, 2.5}, D: map[string]int{"k": 3, "j": 4}, E: &x, F: "iface", g: true, H: [2]uint16{9, 8}, I: 1 + 2i, J: 5}
	v := reflect.ValueOf(&t).Elem()
	println(v.Kind().String(), v.NumField(), v.CanSet(), v.CanAddr())
	println(v.Field(0).Int(), v.Field(1).String(), v.Field(2).Len(), v.Field(2).Index(1).Float(), v.Field(3).Len())
	println(v.Field(4).Elem().Int(), v.Field(5).Elem().String(), v.Field(6).Bool(), v.Field(6).CanSet(), v.Field(6).CanInterface())
	println(v.Field(7).Index(0).Uint(), real(v.Field(8).Complex()), imag(v.Field(8).Complex()), v.Field(9).Int())
	println(v.Field(4).IsNil(), v.Field(5).Kind().String(), v.Field(5).Elem().Kind().String())
	// set every kind
	v.Field(0).SetInt(42)
	v.Field(1).SetString("sea")
	v.Field(2).Index(0).SetFloat(9.25)
	v.Field(3).SetMapIndex(reflect.ValueOf("z"), reflect.ValueOf(26))
	v.Field(3).SetMapIndex(reflect.ValueOf("j"), reflect.Value{})
	y := 99
	v.Field(4).Set(reflect.ValueOf(&y))
	v.Field(5).Set(reflect.ValueOf(3.5))
	v.Field(7).Index(1).SetUint(1000)
	v.Field(8).SetComplex(3 - 4i)
	v.Field(9).SetInt(11)
	println(t.A, t.B, t.C[0], len(t.D), t.D["z"], t.D["j"], *t.E, t.F.(float64), t.H[1], real(t.I), imag(t.I), int(t.J))
	// map access
	mv := v.Field(3)
	keys := mv.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	for _, k := range keys {
		println("key", k.String(), mv.MapIndex(k).Int())
	}
	println(mv.MapIndex(reflect.ValueOf("nope")).IsValid())
	it := mv.MapRange()
	sum := 0
	n := 0
	for it.Next() {
		sum += int(it.Value().Int())
		n += len(it.Key().String())
	}
	println("range", sum, n)
	im := reflect.ValueOf(map[int]string{1: "one", 2: "two", 3: "three"})
	println(im.Len(), im.MapIndex(reflect.ValueOf(2)).String())
	// struct keys, generic path
	type K struct{ a, b int }
	sm := map[K]float64{{1, 2}: 0.5}
	smv := reflect.ValueOf(sm)
	smv.SetMapIndex(reflect.ValueOf(K{3, 4}), reflect.ValueOf(1.25))
	println(len(sm), sm[K{3, 4}], smv.MapIndex(reflect.ValueOf(K{1, 2})).Float())
	// Interface round trips
	var anyv any = v.Interface()
	t2 := anyv.(T)
	println(t2.A, t2.B)
	println(reflect.ValueOf(MyInt(3)).Interface().(MyInt).String())
	println(reflect.ValueOf(int8(-3)).Interface().(int8), reflect.ValueOf("str").Interface().(string))
	// New / Zero / MakeSlice / MakeMap / MakeChan / Append
	np := reflect.New(reflect.TypeOf(0))
	np.Elem().SetInt(17)
	println(*(np.Interface().(*int)))
	z := reflect.Zero(reflect.TypeOf(T{}))
	println(z.Field(1).String() == "", z.Field(0).Int(), z.IsZero(), v.IsZero())
	s := reflect.MakeSlice(reflect.TypeOf([]string{}), 2, 5)
	s.Index(1).SetString("b")
	s = reflect.Append(s, reflect.ValueOf("c"), reflect.ValueOf("d"))
	s = reflect.AppendSlice(s, reflect.ValueOf([]string{"e", "f", "g"}))
	println(s.Len(), s.Cap(), s.Index(1).String(), s.Index(3).String(), s.Index(6).String())
	ss := s.Interface().([]string)
	println(len(ss), ss[2] == "", ss[5])
	println(s.Slice(1, 3).Len(), s.Slice3(1, 2, 4).Cap())
	m := reflect.MakeMap(reflect.TypeOf(map[string]bool{}))
	m.SetMapIndex(reflect.ValueOf("t"), reflect.ValueOf(true))
	println(m.Len(), m.Interface().(map[string]bool)["t"])
	mm := reflect.MakeMapWithSize(reflect.MapOf(reflect.TypeOf(0), reflect.TypeOf("")), 10)
	mm.SetMapIndex(reflect.ValueOf(5), reflect.ValueOf("five"))
	mm.SetMapIndex(reflect.ValueOf(6), reflect.ValueOf("six"))
	println(mm.Len(), mm.MapIndex(reflect.ValueOf(6)).String(), mm.Type().String())
	c := reflect.MakeChan(reflect.TypeOf(make(chan int)), 3)
	c.Send(reflect.ValueOf(4))
	println(c.Len(), c.Cap(), c.TrySend(reflect.ValueOf(5)))
	r, ok := c.Recv()
	println(r.Int(), ok)
	r, ok = c.TryRecv()
	println(r.Int(), ok)
	r, ok = c.TryRecv()
	println(r.IsValid(), ok)
	c.Close()
	r, ok = c.Recv()
	println(r.Int(), ok)
	// select
	c1 := make(chan string, 1)
	c1 <- "hi"
	chosen, rv, rok := reflect.Select([]reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(make(chan int))},
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c1)},
	})
	println(chosen, rv.String(), rok)
	chosen, _, _ = reflect.Select([]reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(make(chan int))},
		{Dir: reflect.SelectDefault},
	})
	println(chosen)
	// conversions
	println(reflect.ValueOf(65).Convert(reflect.TypeOf("")).String(), reflect.ValueOf(3.9).Convert(reflect.TypeOf(0)).Int())
	println(reflect.ValueOf(MyInt(4)).Convert(reflect.TypeOf(0)).Interface().(int))
	println(string(reflect.ValueOf("abc").Convert(reflect.TypeOf([]byte{})).Bytes()))
	// copy / swapper
	dst := []int{0, 0, 0}
	println(reflect.Copy(reflect.ValueOf(dst), reflect.ValueOf([]int{7, 8})), dst[0], dst[1], dst[2])
	xs := []string{"a", "b", "c"}
	sw := reflect.Swapper(xs)
	sw(0, 2)
	println(xs[0], xs[1], xs[2])
	// pointer/indirect
	pv := reflect.ValueOf(&x)
	println(reflect.Indirect(pv).Int(), pv.Elem().CanSet(), pv.Pointer() != 0)
	// method by name on Value (no Call)
	mv2 := reflect.ValueOf(MyInt(2))
	println(mv2.NumMethod(), mv2.Type().Method(0).Name, mv2.MethodByName("String").IsValid(), mv2.MethodByName("Nope").IsValid())
	// zero values and kinds
	var nilmap map[string]int
	println(reflect.ValueOf(nilmap).IsNil(), reflect.ValueOf(nilmap).Len(), len(reflect.ValueOf(nilmap).MapKeys()))
	println(reflect.ValueOf(nil).IsValid(), reflect.ValueOf((*int)(nil)).IsNil())
	// SetZero, Grow, Clear
	v.Field(1).SetZero()
	println(t.B == "")
	sv := reflect.ValueOf(&[]int{1, 2}).Elem()
	sv.Grow(10)
	println(sv.Len(), sv.Cap() >= 12)
	reflect.ValueOf(t.D).Clear()
	println(len(t.D))
	// Comparable / Equal
	println(reflect.ValueOf(3).Equal(reflect.ValueOf(3)), reflect.ValueOf("a").Comparable())
	// FieldByName, FieldByIndex
	println(v.FieldByName("A").Int(), v.FieldByIndex([]int{9}).Int())
	// panics
	func() {
		defer catch()
		reflect.ValueOf(3).Len()
	}()
	func() {
		defer catch()
		reflect.ValueOf(3).Elem()
	}()
	func() {
		defer catch()
		reflect.ValueOf([]int{1}).Index(5)
	}()
}

func catch() {
	switch e := recover().(type) {
	case error:
		println("recovered error:", e.Error())
	case string:
		println("recovered string:", e)
	}
}
