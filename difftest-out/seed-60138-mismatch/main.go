// golift difftest program, seed 60138

package main

func clampF(f float64) float64 {
	if f >= 0 && f <= 100 {
		return f
	}
	return 7
}

func clampS(s string) string {
	if len(s) > 40 {
		return s[:40]
	}
	return s
}

type myErr struct{ code int }

func (e myErr) Error() string { return "myErr " + string(rune('0'+e.code%10)) }

func report(r any) {
	switch v := r.(type) {
	case nil:
		println("no panic")
	case error:
		println("recovered error:", v.Error())
	case string:
		println("recovered string:", v)
	case int:
		println("recovered int:", v)
	default:
		println("recovered other")
	}
}

func pr(n int) int {
	println("eval", n)
	return n
}

func protect(f func()) {
	defer func() { report(recover()) }()
	f()
}

var ginit40, ginit41 = fn18(false)
var ginit42 = fn38()
var ginit43, ginit44 = fn18(false)

func init() {
	defer println("init deferred", ginit41)
	println("init", ginit41, ginit40, ginit42, ginit44, ginit43)
}

type Num interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64
}

func gsum[T Num](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func gindex[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

type Box[T any] struct {
	v T
	n int
}

func (b Box[T]) Get() T { return b.v }

func (b *Box[T]) Set(v T) {
	b.v = v
	b.n++
}

type Pair[K comparable, V any] struct {
	k K
	v V
}

func (p Pair[K, V]) Swap(k K, v V) (K, V) { return p.k, p.v }

func gkind[T any](x any) string {
	switch x.(type) {
	case T:
		return "T"
	case int:
		return "int"
	case string:
		return "string"
	}
	return "other"
}

func gcalc[T Num](a, b T) T {
	if a != b {
		return a - T(54)
	}
	return (a + b) - T(54)
}

const (
	c1 = (((276777 &^ 4398046511104) + (308971 ^ 0o5)) | ((13 / 0b1110) / 0b1101))
)

const (
	c2 = iota*4 + 3
	c3
	c4
)

const fc5 = 1.5

var gbool bool = true
var gint int = c2
var gint8 int8 = c2
var gint16 int16 = (-0o43364)
var gint32 int32 = c3
var gint64 int64 = c4
var guint uint = (0x12)
var guint8 uint8 = 0b0
var guint16 uint16 = c4
var guint32 uint32 = c3
var guint64 uint64 = c3
var guintptr uintptr = 0
var gfloat32 float32 = fc5
var gfloat64 float64 = 0.1
var gcomplex64 complex64 = complex(1.5, 2.25)
var gcomplex128 complex128 = (1e-7i)
var gstring string = "\xff\xfe"

type S0 struct {
	f6 int16
	f7 float32
	f8 float32
}

func (s S0) M9(p int32) string {
	return (gstring + string(rune(guint16)))
}

func (s *S0) P10(p int16) {
	s.f6 = int16(clampF(float64((s.f7 / s.f7))))
}

func (s S0) M11(p float32) uint16 {
	return (min(guint16, ((c4 % 0o10000000000000000000000))) & guint16)
}

type I0 interface {
	M9(int32) string
	M11(float32) uint16
}

type S1 struct {
	f12 uint
	f13 int
	f14 int64
}

func (s S1) M15(p string) string {
	return p
}

func (s S1) M16(p complex64) uint32 {
	return uint32(len(gstring))
}

func (s S1) M17(p uint8) uint32 {
	return guint32
}

type I1 interface {
	M15(string) string
	M16(complex64) uint32
	M17(uint8) uint32
}

func fn18(p0 bool) (string, float64) {
	L19:
	for i20 := 0; i20 < 3; i20++ {
		for j21 := range 3 {
			if (guint32 >= uint32(gint64)) { continue L19 }
			if (min(gfloat64, 1_000.5, gfloat64) > 1.5) { break }
			if (gint8 != (gint8 / 7)) { break L19 }
			println(i20, j21)
		}
	}
	v22 := -((guint16 + guint16))
	v23 := gint64
	var cl24 []func() int
	for i := 0; i < 2; i++ { cl24 = append(cl24, func() int { i += 1; return i }) }
	for _, f := range cl24 { println(f(), f()) }
	var v25 complex64 = (complex((gfloat32 - fc5), imag(gcomplex64)) * ((gcomplex64 - gcomplex64) + gcomplex64))
	for i26, e27 := range []int16{(gint16 - (-25_087)), gint16} {
		_, _ = e27, i26
		if v28 := max((gint32 + gint32), (gint32 / 16), (gint32 - gint32)); v28 > 2147483_647 {
			print(i26, gint32, "\n")
		} else if (p0 == (gint16 < gint16)) {
		}
	}
	println(v22, v23, v25)
	return string([]rune(string([]byte(gstring)))), gfloat64
}

func fn29(p0 int16, p1 uint64) (r uint64) {
	defer func() { r = r + -(guint64) }()
	v30, v31 := ((gint16 - 0xcc) &^ int16(guint32)), guint32
	protect(func() { var m map[int]int; x := 0; m[pr(1)], x = pr(2), pr(3); println(x) })
	{
		println((gint8 - gint8), (((guint64 - guint64) % ((guint64 &^ 4012566222452276044) | 1)) << (max(^(guint16), min(guint16, guint16), (guint16 << 1)) & 7)), ((min(guintptr, guintptr, guintptr) / 16) == guintptr), int(guint16))
		defer println("deferred", gint8)
		println(Pair[float64, complex64]{(gfloat64 / (gfloat64 + gfloat64)), (gcomplex64 + gcomplex64)}.Swap(float64(guint32), (gcomplex64 + gcomplex64)))
	}
	protect(func() { xs := []int{1, 2, 3}; i, j := 0, 2; xs[i], xs[j], i = xs[j], xs[i], pr(1); println(xs[0], xs[1], xs[2], i) })
	guint16, p1 = -(guint16), 0o30034315031501212606
	var v32 float32
	defer println("deferred", ((gcomplex64 - gcomplex64) / gcomplex64))
	println(v30, v31, v32)
	return (guint64 / (r | 1))
}

func fn33() (r uint8) {
	defer func() { r = r + max(r, guint8) }()
	protect(func() { m := map[int]int{pr(1): pr(2), pr(3): pr(4)}; m[pr(5)] += pr(6) / pr(1); println(len(m), m[5]) })
	if v34 := guintptr; v34 > 133 {
		var v35 uint64 = (uint64((gint8 + gint8)) &^ ^(^(guint64)))
		var v36 bool = !(gbool)
		println(v35, v36)
	} else {
		var v37 bool
		print(gstring[:uint(max((guint64 + guint64), ^(guint64)))%uint(len(gstring)+1)], gcomplex128, (((guint32 >> 16) << ((gint32 * gint32) & 63)) / ((guint32 << 2) | 1)), (gint32 - (gint32 &^ gint32)), "\n")
		println(gsum[uintptr](guintptr, (v34 ^ v34), (v34 ^ v34)))
		println(v37)
	}
	return (^(r) << 0)
}

func fn38() (r complex128) {
	defer func() { r = r + complex(0.2, 1.0) }()
	func() { x := 53; { x := x + 1; x *= 2; println(x) }; println(x) }()
	println(gfloat64, -(((guint32 - guint32) << 5)), (((guintptr % (guintptr | 1)) / 2) % 128))
	println(gindex([]uintptr{max(guintptr, guintptr, guintptr), guintptr}, guintptr))
	var v39 uint8
	println(v39)
	return ((gcomplex128 / 7.) + -(gcomplex128))
}

func main() {
	L45:
	for i46 := 0; i46 < 3; i46++ {
		for j47 := range 3 {
			if gbool { continue L45 }
			func() { r := []rune("hello"); println(len(r), len("hello")); for i, c := range "hello" { print(i, ":", c, " ") }; println() }()
			sv48 := S1{f12: guint, f13: (2097152)}
			_ = sv48
			if ((gfloat64 / 0.5) != 3.0) { break L45 }
			println(i46, j47)
		}
	}
	switch ((guint64 * guint64) / (-(guint64) | 1)) {
	case 1:
		var cl49 []func() int
		for i := 0; i < 2; i++ { cl49 = append(cl49, func() int { i += 6; return i }) }
		for _, f := range cl49 { println(f(), f()) }
		fallthrough
	case 3, 5:
		gint32, gint32 = gint32, gint32
		L51:
		for i52 := 0; i52 < 1; i52++ {
			for j53 := range 3 {
				if gbool { continue L51 }
				a54 := []int64{^(gint64), (((c1 ^ c4) + c2)), gint64, (gint64 + gint64)}
				func() { s := []int{1, 2, 3, 4, 5}; n := copy(s[2:], s); println(n, s[0], s[1], s[2], s[3], s[4]) }()
				var v55 complex128
				println(v55)
				println(len(a54))
				if (max(guintptr, guintptr) <= guintptr) { break L51 }
				println(i52, j53)
			}
		}
		var v56 float64
		var v57 int8 = ((gint8 - min(gint8, 0, gint8)) | min((gint8 % 5), int8(guint), (gint8 ^ gint8)))
		L58:
		for i59 := 0; i59 < 3; i59++ {
			for j60 := range 3 {
				if (^(gint8) >= (v57 * (-0b1100011))) { continue L58 }
				println((gfloat32 * max(gfloat32, fc5)), (((guint64 ^ guint64) + min(guint64, c2)) + ((guint64 & 3373928116869997269) % 10)), ((guintptr != (guintptr * guintptr)) && ((gint8 * v57) < v57)))
				println(gcomplex128, (guintptr - uintptr((gint * i59))), guintptr)
				gbool = gbool
				if (gcomplex128 != gcomplex128) { break L58 }
				println(i59, j60)
			}
		}
		m61 := make(map[string]int64)
		m61["\x41\t\"q\""] = gint64
		println(v56, v57)
		println(len(m61))
	}
	m62 := make(map[uint16]uint64)
	m62[(guint16 - 22423)] = (guint64 &^ 18446744073709551_615)
	m62[^(guint16)] = guint64
	m62[^(guint16)] = -(fn29(int16(gint8), (guint64 % (guint64 | 1))))
	n63, sum64 := 0, uint64(0)
	for _, x := range m62 { n63++; sum64 += x }
	println(n63, sum64)
	gbool = gbool
	if v65 := gint8; v65 > 8 {
		println(gcalc(uint(-(gint32)), 0))
		n66, sum67 := 0, uint64(0)
		for _, x := range m62 { n66++; sum67 += x }
		println(n66, sum67)
		v68 := (gint8 & ((gint8 & gint8) * v65))
		protect(func() { panic(-5) })
		println(v68)
	}
	m62[guint16] = ((guint64 * guint64) ^ ^(guint64))
	func() { var fs [3]func() int; for i := range fs { j := i * 96; fs[i] = func() int { j++; return j } }; println(fs[0](), fs[1](), fs[2](), fs[1]()) }()
	protect(func() { println(fn38()) })
	protect(func() { x, y := fn18(!(gbool)); println(x, y) })
	for i69 := range 4 {
		_ = i69
		if !((gfloat64 <= gfloat64)) { break }
		var cl70 []func() int
		for i := 0; i < 4; i++ { cl70 = append(cl70, func() int { i += 3; return i }) }
		for _, f := range cl70 { println(f(), f()) }
		{
			println(gkind[int32](uint16((guint16 >> (guint16 & 7)))))
			gbool = ((!(gbool) != gbool) != (gstring[:uint(guint32)%uint(len(gstring)+1)] != gstring))
		}
		gint16 /= (gint16 | 1)
		for i71 := 0; i71 < 2; i71++ {
			_ = i71
		}
	}
	println(len(m62))
	protect(func() { x, y := fn18(gbool); println(x, y) })
	protect(func() { println(fn29(int16(guint16), -(guint64))) })
	protect(func() { println(fn33()) })
	protect(func() { println(fn38()) })
	println(gbool, gint, gint8, gint16, gint32, gint64)
	println(guint, guint8, guint16, guint32, guint64, guintptr)
	println(gfloat32, gfloat64, gcomplex64, gcomplex128, gstring)
}
