package main

// Interface keys: the dynamic type is part of the key (int 1 and int64 1
// differ), nil interface key, mixing strings and structs.

type pt struct{ x, y int }

type myInt int

func main() {
	m := map[any]string{}
	m[1] = "int"
	m[int64(1)] = "int64"
	m[myInt(1)] = "myInt"
	m["1"] = "string"
	m[pt{1, 1}] = "pt"
	m[nil] = "nil"
	m[1.0] = "float"
	m[true] = "bool"
	m[[2]int{1, 1}] = "array"
	println(len(m))
	println(m[1], m[int64(1)], m[myInt(1)], m["1"], m[pt{1, 1}], m[nil], m[1.0], m[true], m[[2]int{1, 1}])
	println(m[int32(1)] == "", m[pt{1, 2}] == "")
	var k any = 1
	m[k] = "int again"
	println(len(m), m[1])
	p := &pt{}
	m[p] = "ptr"
	println(m[p], len(m))
	delete(m, nil)
	_, ok := m[nil]
	println(ok, len(m))

	type stringer interface{ S() string }
	ms := map[stringer]int{}
	ms[nil] = 3
	println(ms[nil], len(ms))
}
