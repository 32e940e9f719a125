// reflect.DeepEqual (cycles, nil vs empty), VisibleFields, generic types,
// maps built by MapOf with large keys and elements (indirect slots) and NaN
// keys, StructOf/ArrayOf values, interface-typed Set, Seq2.

package main

import (
	"reflect"
	"sort"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
	Tags []string
	M    map[string]any
}

type E struct{}

func (E) Error() string { return "e" }

type Named string

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func main() {
	a := &Node{Val: 1, Tags: []string{"x"}, M: map[string]any{"k": []int{1, 2}}}
	b := &Node{Val: 1, Tags: []string{"x"}, M: map[string]any{"k": []int{1, 2}}}
	println(reflect.DeepEqual(a, b), a == b)
	b.M["k"] = []int{1, 3}
	println(reflect.DeepEqual(a, b))
	// cycles
	a.Next = a
	c := &Node{Val: 1, Tags: []string{"x"}, M: map[string]any{"k": []int{1, 2}}}
	c.Next = c
	println(reflect.DeepEqual(a, c))
	println(reflect.DeepEqual([]int(nil), []int{}), reflect.DeepEqual(map[int]int{}, map[int]int(nil)))
	println(reflect.DeepEqual(1, int64(1)), reflect.DeepEqual("a", "a"), reflect.DeepEqual(nil, nil))
	println(reflect.DeepEqual([]any{1, "a", nil}, []any{1, "a", nil}), reflect.DeepEqual(E{}, E{}))
	var f1, f2 func()
	println(reflect.DeepEqual(f1, f2))
	println(reflect.DeepEqual([2]float64{1, 2}, [2]float64{1, 2}))

	// error interface via reflect
	et := reflect.TypeOf((*error)(nil)).Elem()
	println(reflect.TypeOf(E{}).Implements(et), et.String(), et.Name(), et.PkgPath() == "")
	println(reflect.TypeOf(Named("")).String(), reflect.TypeOf(Named("")).Kind().String())
	println(reflect.TypeOf(&Stack[int]{}).String(), reflect.TypeOf(Stack[string]{}).Name())
	println(reflect.TypeOf(&Stack[int]{}).Method(0).Name)

	// TypeFor, VisibleFields
	println(reflect.TypeFor[map[Named][]*Node]().String())
	type Base struct{ ID int }
	type Derived struct {
		Base
		Name string
	}
	for _, f := range reflect.VisibleFields(reflect.TypeOf(Derived{})) {
		println(f.Name, len(f.Index), f.Anonymous)
	}

	// sort keys of a map through reflect
	m := map[string]int{"pear": 3, "apple": 1, "fig": 2}
	mv := reflect.ValueOf(m)
	ks := mv.MapKeys()
	names := make([]string, 0, len(ks))
	for _, k := range ks {
		names = append(names, k.String())
	}
	sort.Strings(names)
	println(strings.Join(names, ","))
	// MapOf with struct keys and large values
	type Big struct{ A [40]int }
	bt := reflect.MapOf(reflect.TypeOf([3]int{}), reflect.TypeOf(Big{}))
	bm := reflect.MakeMap(bt)
	var big Big
	big.A[39] = 77
	bm.SetMapIndex(reflect.ValueOf([3]int{1, 2, 3}), reflect.ValueOf(big))
	println(bm.Len(), bm.MapIndex(reflect.ValueOf([3]int{1, 2, 3})).Field(0).Index(39).Int(), bm.MapIndex(reflect.ValueOf([3]int{0, 2, 3})).IsValid())
	// large keys
	type BigK struct{ S [30]string }
	var k1 BigK
	k1.S[29] = "z"
	lm := reflect.MakeMap(reflect.MapOf(reflect.TypeOf(k1), reflect.TypeOf(0)))
	lm.SetMapIndex(reflect.ValueOf(k1), reflect.ValueOf(5))
	println(lm.MapIndex(reflect.ValueOf(k1)).Int(), lm.Len())
	iter := lm.MapRange()
	for iter.Next() {
		println(iter.Key().Field(0).Index(29).String(), iter.Value().Int())
	}
	// float keys with NaN via reflect
	fm := map[float64]int{}
	fv := reflect.ValueOf(fm)
	nan := reflect.ValueOf(zero() / zero())
	fv.SetMapIndex(nan, reflect.ValueOf(1))
	fv.SetMapIndex(nan, reflect.ValueOf(2))
	println(len(fm), fv.MapIndex(nan).IsValid())
	// StructOf / ArrayOf usage
	st := reflect.StructOf([]reflect.StructField{
		{Name: "A", Type: reflect.TypeOf(0), Tag: `k:"v"`},
		{Name: "B", Type: reflect.TypeOf("")},
	})
	sv := reflect.New(st).Elem()
	sv.Field(0).SetInt(3)
	sv.Field(1).SetString("bee")
	println(st.String(), st.Size(), st.Field(0).Tag.Get("k"), sv.Field(1).String())
	av := reflect.New(reflect.ArrayOf(3, reflect.TypeOf(uint8(0)))).Elem()
	av.Index(2).SetUint(9)
	println(av.Len(), av.Index(2).Uint(), av.Type().String())
	// Value.String of non-strings
	println(reflect.ValueOf(3).String(), reflect.ValueOf(a).Kind().String())
	// Set via interface
	var anyv any = 5
	pv := reflect.ValueOf(&anyv).Elem()
	pv.Set(reflect.ValueOf("now a string"))
	println(anyv.(string), pv.Elem().Kind().String())
	var errv error
	ev := reflect.ValueOf(&errv).Elem()
	ev.Set(reflect.ValueOf(E{}))
	println(errv.Error(), ev.Elem().Type().String())
	// UnsafePointer, Addr
	x := 3
	xv := reflect.ValueOf(&x).Elem()
	println(xv.Addr().Interface().(*int) == &x, xv.UnsafeAddr() != 0)
	println(reflect.ValueOf(&x).UnsafePointer() != nil)
	// OverflowInt etc
	println(reflect.ValueOf(int8(0)).OverflowInt(200), reflect.ValueOf(uint8(0)).OverflowUint(255), reflect.ValueOf(float32(0)).OverflowFloat(1e300))
	// CanConvert / Seq
	println(reflect.ValueOf(3).CanConvert(reflect.TypeOf("")), reflect.ValueOf([]int{1}).CanConvert(reflect.TypeOf([1]int{})))
	total := 0
	for i, v := range reflect.ValueOf([]int{10, 20, 30}).Seq2() {
		total += int(i.Int()) * int(v.Int())
	}
	println(total)
}

func zero() float64 { return 0 }
