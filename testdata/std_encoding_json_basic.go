package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Addr struct {
	Street string `json:"street"`
	Zip    int    `json:"zip,omitempty"`
}

type Person struct {
	Name    string         `json:"name"`
	Age     int            `json:"age"`
	Email   string         `json:"email,omitempty"`
	Tags    []string       `json:"tags"`
	Addr    *Addr          `json:"addr,omitempty"`
	Meta    map[string]any `json:"meta"`
	private int
	Skip    string         `json:"-"`
	Score   float64        `json:",string"`
	Extra   map[string]int `json:"extra,omitempty"`
}

func main() {
	p := Person{Name: "Ann", Age: 30, Tags: []string{"a", "b"}, Addr: &Addr{Street: "Main"},
		Meta: map[string]any{"k": 1, "b": true, "n": nil}, Score: 1.5}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent(p, "", "  ")
	fmt.Println(string(b))
	var q Person
	err = json.Unmarshal([]byte(`{"name":"Bob","age":41,"tags":["x"],"addr":{"street":"S","zip":123},"meta":{"f":1.5,"s":"str","l":[1,"2"]},"Score":"2.25"}`), &q)
	q2 := q
	q2.Addr = nil
	fmt.Printf("%+v %v %+v\n", q2, err, *q.Addr)
	var v any
	json.Unmarshal([]byte(`{"a":[1,2,{"b":null}],"c":"d"}`), &v)
	fmt.Println(v)
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent(">", "\t")
	enc.Encode(map[string]int{"z": 1, "a": 2})
	dec := json.NewDecoder(strings.NewReader(`{"name":"x"} {"name":"y"}`))
	for dec.More() {
		var pp Person
		if err := dec.Decode(&pp); err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(pp.Name)
	}
}
