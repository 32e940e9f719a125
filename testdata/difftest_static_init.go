// A package variable initialised with a constant holds its value before
// initialisation reaches it: gc initialises it statically. A function that
// runs during initialisation can observe that through an interface method
// call, which the spec's dependency analysis does not follow.
package main

type reader interface{ read() string }

type probe struct{}

func (probe) read() string {
	println("bool", gbool, "int", gint, "int8", gint8, "uint16", guint16, "uintptr", guintptr)
	println("float32", gfloat32, "float64", gfloat64)
	println("complex64", gcomplex64, "complex128", gcomplex128)
	println("named", gcelsius, glevel, "empty", len(gempty), "rune", grune)
	println("dynamic", gdyn, "zero-const", gzero)
	return gstring
}

func observe(r reader) string { return r.read() }

var early = observe(probe{})

type celsius float64
type level uint8

const base = 40

var (
	gbool                 = true
	gint                  = base * 3
	gint8       int8      = -128
	guint16     uint16    = 1<<16 - 1
	guintptr    uintptr   = 0xdeadbeef
	gfloat32    float32   = 1.0 / 3
	gfloat64              = 2.5e-300
	gcomplex64  complex64 = complex(1.5, -2)
	gcomplex128           = 3i
	gcelsius    celsius   = -273.15
	glevel      level     = base + 2
	gempty      string
	grune       = 'é'
	gstring     = "h\u00e9llo, " + "world"
	gdyn        = len(gstring) * 2
	gzero       = 0
)

func main() {
	println("early:", early)
	println(gstring, gdyn, gbool, gint, gint8, guint16, guintptr)
	println(gfloat32, gfloat64, gcomplex64, gcomplex128, gcelsius, glevel, grune)
}
