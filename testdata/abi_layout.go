// Walks the type descriptors behind interface values through mirror structs
// of Go 1.27's internal/abi (Type, UncommonType, Method, Imethod, the kind
// records, StructField, Name) and prints what they say. Run by real Go this
// prints what gc's descriptors hold; golift's must print the same.
//
// NameOff and TypeOff are offsets from the start of the module's type data.
// The base is found without the runtime's help: the struct field name
// `Xyzzy` of Anchor and the method name `Xyzzy` of M are the same name, so
// the field's absolute Name pointer minus the method's NameOff is the base.
package main

import "unsafe"

type abiType struct {
	Size       uintptr
	PtrBytes   uintptr
	Hash       uint32
	TFlag      uint8
	Align      uint8
	FieldAlign uint8
	Kind       uint8
	Equal      unsafe.Pointer
	GCData     *byte
	Str        int32
	PtrToThis  int32
}

type uncommonType struct {
	PkgPath int32
	Mcount  uint16
	Xcount  uint16
	Moff    uint32
	unused  uint32
}

type method struct {
	Name int32
	Mtyp int32
	Ifn  int32
	Tfn  int32
}

type imethod struct {
	Name int32
	Typ  int32
}

type arrayType struct {
	abiType
	Elem  *abiType
	Slice *abiType
	Len   uintptr
}

type chanType struct {
	abiType
	Elem *abiType
	Dir  int
}

type funcType struct {
	abiType
	InCount  uint16
	OutCount uint16
}

type ptrType struct {
	abiType
	Elem *abiType
}

type structField struct {
	Name   *byte
	Typ    *abiType
	Offset uintptr
}

type structType struct {
	abiType
	PkgPath *byte
	Fields  []structField
}

type interfaceType struct {
	abiType
	PkgPath *byte
	Methods []imethod
}

type mapType struct {
	abiType
	Key    *abiType
	Elem   *abiType
	Group  *abiType
	Hasher unsafe.Pointer
	GroupSize, KeysOff, KeyStride, ElemsOff, ElemStride, ElemOff uintptr
	Flags                                                      uint32
}

const (
	tflagUncommon  = 1
	tflagExtraStar = 2
	kindMask       = 0x1f
)

var kindNames = []string{"invalid", "bool", "int", "int8", "int16", "int32", "int64",
	"uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "float32", "float64",
	"complex64", "complex128", "array", "chan", "func", "interface", "map", "ptr",
	"slice", "string", "struct", "unsafe.Pointer"}

var base uintptr

func at(p unsafe.Pointer, off uintptr) unsafe.Pointer {
	return unsafe.Pointer(uintptr(p) + off)
}

func byteAt(p *byte, i int) byte {
	return *(*byte)(at(unsafe.Pointer(p), uintptr(i)))
}

func varint(p *byte, off int) (int, int) {
	v := 0
	for i := 0; ; i++ {
		x := byteAt(p, off+i)
		v += int(x&0x7f) << (7 * i)
		if x&0x80 == 0 {
			return i + 1, v
		}
	}
}

func bytesAt(p *byte, off, n int) string {
	b := make([]byte, n)
	for i := 0; i < n; i++ {
		b[i] = byteAt(p, off+i)
	}
	return string(b)
}

// name decodes an abi.Name: its text, tag, flags and package path.
func name(p *byte) (string, string, byte, string) {
	if p == nil {
		return "", "", 0, ""
	}
	flags := byteAt(p, 0)
	i, l := varint(p, 1)
	text := bytesAt(p, 1+i, l)
	end := 1 + i + l
	tag := ""
	if flags&2 != 0 {
		j, tl := varint(p, end)
		tag = bytesAt(p, end+j, tl)
		end += j + tl
	}
	pkg := ""
	if flags&4 != 0 {
		off := *(*int32)(at(unsafe.Pointer(p), uintptr(end)))
		pkg, _, _, _ = name(nameOff(off))
	}
	return text, tag, flags, pkg
}

func nameOff(off int32) *byte {
	if off == 0 {
		return nil
	}
	return (*byte)(unsafe.Pointer(base + uintptr(off)))
}

func typeOff(off int32) *abiType {
	return (*abiType)(unsafe.Pointer(base + uintptr(off)))
}

func typeString(t *abiType) string {
	if t == nil {
		return "<nil>"
	}
	s, _, _, _ := name(nameOff(t.Str))
	if t.TFlag&tflagExtraStar != 0 {
		return s[1:]
	}
	return s
}

func typeOf(x any) *abiType {
	return (*abiType)((*[2]unsafe.Pointer)(unsafe.Pointer(&x))[0])
}

func elemOf(x any) *abiType {
	return (*ptrType)(unsafe.Pointer(typeOf(x))).Elem
}

// kindSize is the size of the kind's record, where the uncommon part starts.
func kindSize(t *abiType) uintptr {
	switch t.Kind & kindMask {
	case 17:
		return unsafe.Sizeof(arrayType{})
	case 18:
		return unsafe.Sizeof(chanType{})
	case 19:
		return unsafe.Sizeof(funcType{})
	case 20:
		return unsafe.Sizeof(interfaceType{})
	case 21:
		return unsafe.Sizeof(mapType{})
	case 22, 23:
		return unsafe.Sizeof(ptrType{})
	case 25:
		return unsafe.Sizeof(structType{})
	}
	return unsafe.Sizeof(abiType{})
}

func uncommon(t *abiType) *uncommonType {
	if t.TFlag&tflagUncommon == 0 {
		return nil
	}
	return (*uncommonType)(at(unsafe.Pointer(t), kindSize(t)))
}

func methods(t *abiType) []method {
	u := uncommon(t)
	if u == nil {
		return nil
	}
	ms := make([]method, u.Mcount)
	for i := range ms {
		ms[i] = *(*method)(at(unsafe.Pointer(u), uintptr(u.Moff)+uintptr(i)*unsafe.Sizeof(method{})))
	}
	return ms
}

func findBase() {
	st := (*structType)(unsafe.Pointer(typeOf(Anchor{})))
	fieldName := uintptr(unsafe.Pointer(st.Fields[0].Name))
	m := methods(typeOf(M(0)))[0]
	base = fieldName - uintptr(m.Name)
}

func gcbits(t *abiType) string {
	if t.PtrBytes == 0 {
		return "-"
	}
	if t.TFlag&16 != 0 {
		return "on demand"
	}
	s := ""
	for w := 0; w < int(t.PtrBytes/8); w++ {
		if byteAt(t.GCData, w/8)&(1<<(w%8)) != 0 {
			s += "1"
		} else {
			s += "0"
		}
	}
	return s
}

func describe(t *abiType) {
	println(typeString(t))
	println("  size", t.Size, "ptrbytes", t.PtrBytes, "tflag", t.TFlag, "align", t.Align, t.FieldAlign,
		"kind", kindNames[t.Kind&kindMask], "equal", t.Equal != nil, "gc", gcbits(t))
	if u := uncommon(t); u != nil {
		pkg, _, _, _ := name(nameOff(u.PkgPath))
		println("  uncommon pkg", pkg, "mcount", u.Mcount, "xcount", u.Xcount, "moff", u.Moff)
		for _, m := range methods(t) {
			n, _, flags, mpkg := name(nameOff(m.Name))
			// Mtyp, Ifn and Tfn: gc's linker writes -1 for methods it
			// finds unreachable, which golift does not decide alike.
			println("    method", n, flags, mpkg)
		}
	}
	p := unsafe.Pointer(t)
	switch t.Kind & kindMask {
	case 17:
		a := (*arrayType)(p)
		println("  elem", typeString(a.Elem), "slice", typeString(a.Slice), "len", a.Len)
	case 18:
		c := (*chanType)(p)
		println("  elem", typeString(c.Elem), "dir", c.Dir)
	case 19:
		f := (*funcType)(p)
		n := int(f.InCount) + int(f.OutCount&(1<<15-1))
		println("  in", f.InCount, "out", f.OutCount&(1<<15-1), "variadic", f.OutCount>>15)
		params := kindSize(t)
		if t.TFlag&tflagUncommon != 0 {
			params += unsafe.Sizeof(uncommonType{})
		}
		for i := 0; i < n; i++ {
			pt := *(**abiType)(at(p, params+uintptr(i)*8))
			println("    param", typeString(pt))
		}
	case 20:
		it := (*interfaceType)(p)
		pkg, _, _, _ := name(it.PkgPath)
		println("  pkgpath", pkg, "methods", len(it.Methods))
		for _, m := range it.Methods {
			n, _, flags, mpkg := name(nameOff(m.Name))
			println("    imethod", n, flags, mpkg, typeString(typeOff(m.Typ)))
		}
	case 21:
		m := (*mapType)(p)
		println("  key", typeString(m.Key), "elem", typeString(m.Elem), "flags", m.Flags&15, "hasher", m.Hasher != nil)
	case 22, 23:
		println("  elem", typeString((*ptrType)(p).Elem))
	case 25:
		st := (*structType)(p)
		pkg, _, _, _ := name(st.PkgPath)
		println("  pkgpath", pkg, "fields", len(st.Fields))
		for _, f := range st.Fields {
			n, tag, flags, _ := name(f.Name)
			println("    field", n, "tag", tag, "flags", flags, "type", typeString(f.Typ), "offset", f.Offset)
		}
	}
}

type Anchor struct{ Xyzzy int }

type M int

func (M) Xyzzy() {}

type N int

func (N) String() string { return "N" }

type Celsius float64

func (c Celsius) String() string { return "C" }
func (c *Celsius) Set(v float64) { *c = Celsius(v) }
func (c Celsius) hidden() int    { return 1 }

type Point struct {
	X, Y int `json:"coord"`
	name string
	Anchor
	p *Point
}

func (p Point) Norm() int { return p.X + p.Y }
func (p *Point) Move(dx int) { p.X += dx }

type Shape interface {
	Area() float64
	grow(int)
}

type Pair [2]string

type Big struct {
	A [300]*int
}

func main() {
	findBase()
	var up unsafe.Pointer
	var ch chan int
	var rch <-chan string
	var sch chan<- bool
	var f func(int, ...string) (bool, error)
	var g func()
	var anon interface {
		M()
		n()
	}
	values := []any{
		true, 1, int8(2), int16(3), int32(4), int64(5), uint(6), uint8(7), uint16(8),
		uint32(9), uint64(10), uintptr(11), float32(1), 2.0, complex64(1), 3i, "s", up,
		[3]int{}, Pair{}, ch, rch, sch, f, g, map[string]int{}, map[[200]byte]int{},
		map[float64]*Point{}, map[any]bool{}, &Point{}, []Point{}, Point{}, Celsius(1),
		new(Celsius), M(1), Big{}, struct {
			a int8
			B string `k:"v"`
			_ float64
		}{}, [1]*int{}, struct{ p *int }{},
	}
	for _, v := range values {
		describe(typeOf(v))
	}
	describe(elemOf((*Shape)(nil)))
	describe(elemOf((*error)(nil)))
	describe(elemOf((*any)(nil)))
	describe(typeOf(&anon))
	describe(elemOf(&anon))
	keepMethods()
	callEqualAndHasher()
	checkTextOffs()
}

type stringer interface{ String() string }

// textBase is the code address an itab holds for x's String method minus
// that method's Ifn TextOff: the base TextOffs are relative to.
func textBase(x stringer) uintptr {
	itab := (*[2]unsafe.Pointer)(unsafe.Pointer(&x))[0]
	t := *(**abiType)(at(itab, 8))
	fun0 := *(*uintptr)(at(itab, 24))
	for _, m := range methods(t) {
		if n, _, _, _ := name(nameOff(m.Name)); n == "String" {
			return fun0 - uintptr(m.Ifn)
		}
	}
	return 0
}

// checkTextOffs: TextOffs of different types' methods resolve against one
// base to the code their itabs call.
func checkTextOffs() {
	c := Celsius(1)
	a, b, d := textBase(c), textBase(N(2)), textBase(&c)
	println("textoff base shared:", a != 0 && a == b && b == d)
}

// callEqual calls x's type's Equal on p and q. (Not inlined: gc's linker
// then trips over the constant descriptor it sees.)
//
//go:noinline
func callEqual(x any, p, q unsafe.Pointer) bool {
	t := typeOf(x)
	f := *(*func(unsafe.Pointer, unsafe.Pointer) bool)(unsafe.Pointer(&t.Equal))
	return f(p, q)
}

// callEqualAndHasher calls the descriptors' Equal and Hasher func values as
// Go code (reflectlite, maps in reflect) calls them.
func callEqualAndHasher() {
	eq := callEqual
	a, b := "golift", "go"+"lift"
	println(eq(a, unsafe.Pointer(&a), unsafe.Pointer(&b)))
	z, nz := 0.0, 0.0
	nz = -nz
	println(eq(z, unsafe.Pointer(&z), unsafe.Pointer(&nz)))
	p, q := Point{X: 1, name: "n"}, Point{X: 1, name: "m"}
	println(eq(p, unsafe.Pointer(&p), unsafe.Pointer(&q)))
	q.name = "n"
	println(eq(p, unsafe.Pointer(&p), unsafe.Pointer(&q)))
	m := (*mapType)(unsafe.Pointer(typeOf(map[string]int{})))
	h := *(*func(unsafe.Pointer, uintptr) uintptr)(unsafe.Pointer(&m.Hasher))
	println(h(unsafe.Pointer(&a), 7) == h(unsafe.Pointer(&b), 7))
}

// keepMethods calls methods through interfaces whose dynamic types the
// runtime looks up by method name (itabs built at run time).
func keepMethods() {
	var x any = Celsius(2)
	println(x.(interface{ String() string }).String())
	c := Celsius(1)
	var set interface{ Set(float64) } = &c
	set.Set(3)
	var h interface{ hidden() int } = c
	var xy interface{ Xyzzy() } = M(1)
	xy.Xyzzy()
	var n interface{ Norm() int } = Point{X: 1}
	var mv interface{ Move(int) } = &Point{}
	mv.Move(2)
	println(h.hidden(), n.Norm(), c.String())
}
