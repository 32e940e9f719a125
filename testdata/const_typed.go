package main

type Celsius float64
type Level int8
type Name string

const Boiling Celsius = 100
const Max Level = 127
const Hello Name = "hello"
const typedInt int32 = 1 << 30
const typedU uint16 = 0xffff

func main() {
	var t = Boiling / 3
	println(t)
	l := Max
	l++
	println(l)
	println(Hello+" world", len(Hello))
	var x = typedInt * 1
	println(x, x*4)
	println(typedU, typedU>>8)
	const f float32 = 0.1
	var d float64 = 0.1
	println(f, float64(f) == d)
	const r rune = 'é'
	println(r, string(r))
	const by byte = 'z' - 'a'
	println(by)
	type Mode uint32
	const (
		Read Mode = 1 << iota
		Write
		Exec
	)
	m := Read | Exec
	println(m, m&Write == 0)
	var c Celsius = 37.5
	var f64 = float64(c) * 2
	println(f64)
}
