// golift difftest program, seed 60237

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

const (
	c1 = 0x18edb
	c2 = (((6800522635278112453 &^ 12) * c1) & ((590295810358705651712 & 0o4) ^ 0o2))
	c3 = (((489804 + 5) + (c2 ^ c1)) | ((c2 * c1) / 0b1111))
	c4 = (c1 & ((c3 * 564345) - (10 % 0o100000000)))
)

const (
	c5 = iota*9 + 40
	c6
	c7
)

const fc8 = ((1e200000 * 123.456 / 1e200000) - 123.456) / 0.1

var gbool bool = false
var gint int = (-9223372036854775808)
var gint8 int8 = 0xd
var gint16 int16 = (-0o100000)
var gint32 int32 = 2147483647
var gint64 int64 = c2
var guint uint = 4294967_296
var guint8 uint8 = 0o277
var guint16 uint16 = 0
var guint32 uint32 = (((c4 + c6) &^ (4 | c1)))
var guint64 uint64 = (c2)
var guintptr uintptr = 18446744073709551_615
var gfloat32 float32 = 1e-7
var gfloat64 float64 = fc8
var gcomplex64 complex64 = (2.5e-3i)
var gcomplex128 complex128 = complex(2.5e-3, 1e-7)
var gstring string = "\U0001F600"

type S0 struct {
	f9 uintptr
	f10 uint16
}

func (s S0) M11(p bool) int8 {
	return (gint8 - (gint8 * gint8))
}

func (s *S0) P12(p int64) {
	s.f9 = 4398046511_104
}

type I0 interface {
	M11(bool) int8
}

type S1 struct {
	f13 int8
	f14 uint
}

func (s S1) M15(p bool) string {
	return gstring
}

func (s *S1) P16(p uintptr) {
	s.f13 = ((s.f13 &^ s.f13) ^ ^(s.f13))
}

func (s *S1) P17(p complex128) {
	s.f14 = (s.f14 / 4)
}

type I1 interface {
	M15(bool) string
}

func fn18() int8 {
	gint8, gint8 = gint8, gint8
	println(max(((guint64 | guint64) / (^(guint64) | 1)), min((guint64 / (guint64 | 1)), min(guint64, 0b11), (guint64 | 2097152))), gstring)
	v19 := (gfloat64 * gfloat64)
	for i20 := 3; i20 > 0; i20 -= 2 {
		_ = i20
		func() { var fs [3]func() int; for i := range fs { j := i * 95; fs[i] = func() int { j++; return j } }; println(fs[0](), fs[1](), fs[2](), fs[1]()) }()
	}
	println(v19)
	return gint8
}

func fn21(p0 complex64, p1 uint32) int {
	println(!(gbool), (imag((gcomplex128 * gcomplex128)) * min(gfloat64, real(gcomplex128))))
	gcomplex128 = gcomplex128
	protect(func() { n := -2; println(len(make([]int, n))) })
	sv22 := S1{f13: max(gint8, gint8)}
	_ = sv22
	return gint
}

func fn23(p0 int8, p1 uint) (int, string) {
	println((^((guint16 * (((798_879 / 18) - (c3 % 0xd))))) - guint16), (((gint64 << 37) ^ -(gint64)) + gint64), (string(rune(guint16)) + gstring), (uint32((guint32 ^ c6)) - (guint32 &^ max(guint32, guint32))))
	defer func() { println("deferred", float32(guint16)) }()
	gint16--
	protect(func() { z := int16(0); println((gint16 * (gint16 - gint16)) % z) })
	v24, v25 := ((gint32 >> 20) / 2), (-(gcomplex64) * (gcomplex64 + gcomplex64))
	var v26 uint64 = uint64(clampF(float64(gfloat32)))
	println(v24, v25, v26)
	return (gint << 21), gstring
}

func fn27(p0 int8, p1 uint8, p2 uintptr) float32 {
	p1 = ^(guint8)
	func() { s := []int{1, 2, 3, 4, 5}; n := copy(s[0:], s); println(n, s[0], s[1], s[2], s[3], s[4]) }()
	protect(func() { println(fn18()) })
	cl28 := func() uint {
		sv29 := S1{f13: (p0 % 1)}
		guint64 = ^(guint64)
		switch guint {
		case 2:
			fallthrough
		case 4:
		case 6:
		case 7:
		}
		_ = sv29
		return ((guint ^ guint) & (guint | 0))
	}
	gfloat32 = gfloat32
	println(cl28())
	protect(func() { panic(-3) })
	m30 := make(map[uint8]uint8)
	sv31 := S1{f13: (p0 | fn18()), f14: -(guint)}
	println(len(m30))
	_ = sv31
	return min(gfloat32, -(gfloat32), max(gfloat32, gfloat32, gfloat32))
}

func main() {
	v32 := (guint32 << 12)
	gstring = clampS("zz")
	if v33 := ((gint * gint) << 38); v33 > 9223372036854775807 {
		L34:
		for i35 := 0; i35 < 1; i35++ {
			for j36 := range 1 {
				if (-(gcomplex128) != complex(gfloat64, gfloat64)) { continue L34 }
				var v37 float64 = gfloat64
				var v38 int16
				protect(func() { x := uint16(3); f := func() uint16 { x *= 2; return x }; println(x, f(), x, f() + x) })
				protect(func() { var x uint64; defer func() { println("deferred x", x) }(); x = guint64; x, _ = x+uint64(pr(1)), pr(2)/pr(2); println(x) })
				v39 := gint32
				println(v37, v38, v39)
				if ((gint64 != gint64) == false) { break L34 }
				println(i35, j36)
			}
		}
		switch v33 {
		case 0, 1:
			m40 := make(map[uint32]uintptr)
			m40[(guint32 / (v32 | 1))] = uintptr(clampF(float64(gfloat32)))
			m40[guint32] = (guintptr & guintptr)
			m40[^(v32)] = (guintptr * guintptr)
			println(len(m40))
			fallthrough
		case 2, 3:
			guintptr <<= (guint64 & 63)
			protect(func() { println(fn18()) })
			v41 := gfloat32
			v42, v43 := gcomplex64, gint16
			println(gint16, (max((gfloat32 / v41), (fn27((gint8 - fn18()), -(guint8), (guintptr | c2)) - fn27(^(gint8), (guint8 >> 1), (guintptr * guintptr)))) + v41), ((^(guint) - guint) + min(uint(guint8), 0, (guint * guint))))
			println(v41, v42, v43)
		case 5:
			gstring = clampS((gstring + gstring))
			println((((guintptr | guintptr) << (gint64 & 7)) - ((guintptr & guintptr) << 66)), ((guintptr >> (gint64 & 7)) >> (gint8 & 63)))
			protect(func() { println(pr(1) + pr(2)*pr(3), pr(4) < pr(5) || pr(6) == 6 && pr(7) == 0) })
			var v44 int64
			protect(func() { println(pr(1) + pr(2)*pr(3), pr(4) < pr(5) || pr(6) == 6 && pr(7) == 0) })
			protect(func() { println(fn18()) })
			println(v44)
		default:
			var v45 float32 = (((gfloat32 + gfloat32) / fn27((fn18() >> 10), guint8, (guintptr & guintptr))) + gfloat32)
			protect(func() { xs := []int{1, 2, 3}; i, j := 0, 2; xs[i], xs[j], i = xs[j], xs[i], pr(1); println(xs[0], xs[1], xs[2], i) })
			println(v45)
		}
	} else {
	}
	println(v32)
	protect(func() { println(fn18()) })
	protect(func() { println(fn21(gcomplex64, (guint32 - guint32))) })
	protect(func() { x, y := fn23((gint8 * gint8), (guint ^ guint)); println(x, y) })
	protect(func() { println(fn27((gint8 | gint8), guint8, (guintptr << (guint32 & 7)))) })
	println(gbool, gint, gint8, gint16, gint32, gint64)
	println(guint, guint8, guint16, guint32, guint64, guintptr)
	println(gfloat32, gfloat64, gcomplex64, gcomplex128, gstring)
}
