package main

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
)

type Inner struct {
	A int `json:"a"`
	B string
}

type Outer struct {
	*Inner
	Named  Inner `json:"named"`
	Anon   struct{ X, Y int }
	Iface  any
	IPtr   *Inner `json:",omitempty"`
	Keys   map[int]string
	U      uint64
	Shadow int `json:"a"`
}

type Tree struct {
	V    int     `json:"v"`
	Kids []*Tree `json:"kids,omitempty"`
}

func main() {
	o := Outer{Inner: &Inner{A: 1, B: "b"}, Named: Inner{2, "n"}, Iface: &Inner{3, "i"},
		Keys: map[int]string{10: "x", 2: "y", -1: "z"}, U: math.MaxUint64, Shadow: 9}
	b, err := json.Marshal(o)
	fmt.Println(string(b), err)
	var o2 Outer
	fmt.Println(json.Unmarshal(b, &o2), o2.Inner != nil, o2.Named, o2.Iface, o2.Keys, o2.U, o2.Shadow)
	t := &Tree{1, []*Tree{{2, nil}, {3, []*Tree{{4, nil}}}}}
	b, _ = json.Marshal(t)
	fmt.Println(string(b))
	var t2 Tree
	json.Unmarshal(b, &t2)
	fmt.Println(t2.Kids[1].Kids[0].V)
	var arr []map[string][]float64
	fmt.Println(json.Unmarshal([]byte(`[{"a":[1.5,2e3]},{"b":[]},null]`), &arr), arr)
	_, err = json.Marshal(math.NaN())
	fmt.Println(err)
	var s string
	fmt.Println(json.Unmarshal([]byte(`"\u00e9\n\ud83d\ude00"`), &s), s)
	dec := json.NewDecoder(strings.NewReader(`{"a": 1} trailing`))
	var m map[string]int
	fmt.Println(dec.Decode(&m), m, dec.InputOffset())
	fmt.Println(dec.Decode(&m))
	var iface any = &Inner{}
	fmt.Println(json.Unmarshal([]byte(`{"a":5,"B":"q"}`), iface), iface)
	type E struct{ F float32 }
	b, _ = json.Marshal([]E{{3.14}, {1e20}, {-0.000001}})
	fmt.Println(string(b))
	var big struct{ N int64 }
	fmt.Println(json.Unmarshal([]byte(`{"N": 1e3}`), &big), big.N)
	fmt.Println(json.Unmarshal([]byte(`{"N": 9223372036854775808}`), &big))
}
