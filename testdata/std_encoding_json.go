package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"
)

type Color int

func (c Color) MarshalJSON() ([]byte, error) {
	return json.Marshal([]string{"red", "green", "blue"}[c])
}

func (c *Color) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	switch s {
	case "red":
		*c = 0
	case "green":
		*c = 1
	case "blue":
		*c = 2
	default:
		return fmt.Errorf("bad color %q", s)
	}
	return nil
}

type Level int

func (l Level) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("L%d", int(l))), nil }
func (l *Level) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "L%d", (*int)(l))
	return err
}

type Base struct {
	ID   int `json:"id"`
	Kind string
}

type Item struct {
	Base
	Color   Color           `json:"color"`
	Levels  map[Level]bool  `json:"levels"`
	Raw     json.RawMessage `json:"raw"`
	Num     json.Number     `json:"num"`
	When    time.Time       `json:"when"`
	Any     interface{}     `json:"any"`
	Bytes   []byte          `json:"bytes"`
	Arr     [2]int8         `json:"arr"`
	Ptr     *int            `json:"ptr"`
	Float32 float32         `json:"f32"`
	U8      uint8           `json:"u8,string"`
}

func main() {
	n := 7
	it := Item{Base: Base{ID: 1, Kind: "k"}, Color: 2, Levels: map[Level]bool{3: true, 1: false},
		Raw: json.RawMessage(`{"x":[1,2]}`), Num: "12.50", When: time.Date(2020, 1, 2, 3, 4, 5, 6, time.UTC),
		Any: []any{1, "s", nil, 2.5}, Bytes: []byte("hello"), Arr: [2]int8{-1, 2}, Ptr: &n, Float32: 0.1, U8: 200}
	b, err := json.Marshal(it)
	fmt.Println(string(b), err)
	var back Item
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.ID, back.Kind, back.Color, back.Levels, string(back.Raw), back.Num, back.When, back.Any, string(back.Bytes), back.Arr, *back.Ptr, back.Float32, back.U8)
	f, _ := back.Num.Float64()
	fmt.Println(f)

	// Special characters and HTML escaping.
	b, _ = json.Marshal(map[string]string{"html": "<a&b>", "uni": "é\u2028\x01", "q": `"\`})
	fmt.Println(string(b))
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.Encode("<a&b>")
	fmt.Print(buf.String())
	fmt.Println(json.Valid([]byte(`{"a":1}`)), json.Valid([]byte(`{a:1}`)))
	var out bytes.Buffer
	json.Indent(&out, []byte(`{"a":[1,2],"b":{}}`), "", " ")
	fmt.Println(out.String())
	out.Reset()
	json.Compact(&out, []byte("{ \"a\" : [ 1 , 2 ] }"))
	fmt.Println(out.String())
	out.Reset()
	json.HTMLEscape(&out, []byte(`"<x>"`))
	fmt.Println(out.String())

	// Errors.
	var x struct{ A int }
	err = json.Unmarshal([]byte(`{"A":"str"}`), &x)
	fmt.Println(err)
	var ute *json.UnmarshalTypeError
	fmt.Println(errors.As(err, &ute))
	err = json.Unmarshal([]byte(`{"A":1,}`), &x)
	fmt.Println(err)
	var se *json.SyntaxError
	if errors.As(err, &se) {
		fmt.Println("offset", se.Offset)
	}
	fmt.Println(json.Unmarshal([]byte(`[1,2]`), &x))
	fmt.Println(json.Unmarshal([]byte(`{}`), x))
	fmt.Println(json.Unmarshal([]byte(``), &x))
	fmt.Println(json.Unmarshal([]byte(`{"A":300}`), &struct{ A int8 }{}))
	var c Color
	fmt.Println(json.Unmarshal([]byte(`"pink"`), &c))
	_, err = json.Marshal(map[string]any{"f": func() {}})
	fmt.Println(err)
	_, err = json.Marshal(make(chan int))
	fmt.Println(err)

	// Decoder features.
	dec := json.NewDecoder(strings.NewReader(`{"A":1,"B":2}`))
	dec.DisallowUnknownFields()
	fmt.Println(dec.Decode(&x))
	dec = json.NewDecoder(strings.NewReader(`{"n":1.0e3,"s":[true,null]}`))
	dec.UseNumber()
	var m map[string]any
	fmt.Println(dec.Decode(&m), m)
	fmt.Printf("%T\n", m["n"])
	dec = json.NewDecoder(strings.NewReader(`[{"a":1},"x",3]`))
	for {
		tok, err := dec.Token()
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Printf("%T %v\n", tok, tok)
	}
	// Case-insensitive field matching and omitempty, embedded pointers.
	type T struct {
		FooBar string
		Opt    []int          `json:",omitempty"`
		M      map[string]int `json:",omitempty"`
		Z      bool           `json:"z,omitempty"`
	}
	var t T
	json.Unmarshal([]byte(`{"foobar":"yes"}`), &t)
	b, _ = json.Marshal(t)
	fmt.Println(t.FooBar, string(b))
	json.NewEncoder(os.Stdout).Encode([]any{1.0, 1e21, 1e-7, -0.0, 100, "x"})
}
