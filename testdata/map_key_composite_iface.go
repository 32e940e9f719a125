package main

// Arrays and structs containing interfaces as keys: hashed by dynamic
// type and value; an unhashable value nested inside panics.

type key struct {
	tag any
	n   int
}

func main() {
	m := map[key]int{}
	m[key{"a", 1}] = 1
	m[key{1, 1}] = 2
	m[key{nil, 1}] = 3
	m[key{int8(1), 1}] = 4
	println(len(m), m[key{"a", 1}], m[key{1, 1}], m[key{nil, 1}], m[key{int8(1), 1}], m[key{int16(1), 1}])
	am := map[[2]any]string{}
	am[[2]any{1, "x"}] = "1x"
	am[[2]any{"x", 1}] = "x1"
	println(am[[2]any{1, "x"}], am[[2]any{"x", 1}], len(am))
	defer func() {
		println("recovered:", recover().(error).Error())
	}()
	m[key{[]string{}, 0}] = 5
}
