package main

// Converting a constant string to []byte or []rune makes an array of
// exactly its elements, so the slice's capacity is its length (a
// non-constant string is copied into a size-class rounded allocation).
// Package variables initialised so are laid out statically, before any
// initialisation code runs; their arrays are writable and not shared.

type Bytes []byte
type Runes []rune
type octet byte

type reader interface{ read() string }
type impl struct{}

func (impl) read() string { return string(early) + "|" + string(earlyR) }

var r reader = impl{}

// seen runs first (nothing it depends on in the spec's sense comes later),
// but the method it calls reads variables declared after it.
var seen = r.read()

var early = []byte("static")
var earlyR = []rune("ünïcode")

const greeting = "hello, world"

var a, b = []byte("same"), []byte("same")
var named = Bytes("named")
var runes = Runes("é\xffx\xe2\x82")
var octets = []octet("oct")
var paren = ([]byte)(("paren"))
var fromConst = []byte(greeting)
var concat = []byte(greeting + "!")
var empty = []byte("")
var emptyR = []rune("")
var nested = [][]byte{[]byte("ab"), []byte("abcdefghij")}
var inStruct = struct{ b []byte }{[]byte("xyz")}
var inMap = map[string][]rune{"k": []rune("four")}
var appended = append([]byte("ab"), 'c')
var long = []byte("a string of forty-one bytes, give or take")

var s0 = "notconst"
var dynamic = []byte(s0)

func show(name string, n, c int) { println(name, n, c) }

func local() {
	x := []byte("local")
	show("local bytes", len(x), cap(x))
	y := []rune("añb")
	show("local runes", len(y), cap(y))
	x[0] = 'L'
	println(string(x))
}

func main() {
	println(seen)
	a[0] = 'S'
	println(string(a), string(b))
	show("a", len(a), cap(a))
	a = append(a, '!')
	show("a appended", len(a), cap(a))
	show("named", len(named), cap(named))
	println(len(runes), cap(runes), runes[0], runes[1], runes[2], runes[3], runes[4])
	show("octets", len(octets), cap(octets))
	show("paren", len(paren), cap(paren))
	show("fromConst", len(fromConst), cap(fromConst))
	show("concat", len(concat), cap(concat))
	println("empty", len(empty), cap(empty), empty == nil, len(emptyR), cap(emptyR), emptyR == nil)
	show("nested[0]", len(nested[0]), cap(nested[0]))
	show("nested[1]", len(nested[1]), cap(nested[1]))
	show("inStruct", len(inStruct.b), cap(inStruct.b))
	show("inMap", len(inMap["k"]), cap(inMap["k"]))
	show("appended", len(appended), cap(appended))
	show("long", len(long), cap(long))
	show("dynamic", len(dynamic), cap(dynamic))
	earlyR[0] = 'U'
	println(string(earlyR))
	local()
}
