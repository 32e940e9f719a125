package main

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"os"
	"time"
)

type Point struct{ X, Y int }
type Line struct {
	A, B  Point
	Label *string
	Tags  map[string]int
	Next  *Line
}
type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type PtrStringer struct{ v int }

func (p *PtrStringer) String() string { return fmt.Sprintf("PS<%d>", p.v) }

type Grid [2][3]int
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

type GoStr struct{ A int }

func (g GoStr) GoString() string { return "GoStr!" }

type Fmter struct{}

func (Fmter) Format(f fmt.State, verb rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "F[%c w=%d,%v p=%d,%v +%v -%v #%v]", verb, w, wok, p, pok, f.Flag('+'), f.Flag('-'), f.Flag('#'))
}

type E struct{ msg string }

func (e *E) Error() string { return "E:" + e.msg }

func main() {
	lbl := "diag"
	l := Line{A: Point{1, 2}, B: Point{3, 4}, Label: &lbl, Tags: map[string]int{"b": 2, "a": 1}}
	l2 := &Line{A: Point{-1, 0}, Next: &l}
	fmt.Printf("%v\n%+v\n", l.A, l.B)
	fmt.Printf("%#v\n", l.A)
	fmt.Printf("%v %+v\n", l.Tags, l2.A)
	fmt.Printf("%d %5d %-5d| %05d %x %X %o %O %b %#x %#o %+d % d\n", 42, 42, 42, 42, 255, 255, 8, 8, 5, 255, 8, 42, 42)
	fmt.Printf("%c %q %U %#U\n", 'G', 'G', 'G', '⌘')
	fmt.Printf("%f %.2f %8.3f %-8.3f| %e %E %g %G %x\n", math.Pi, math.Pi, math.Pi, math.Pi, 123456.789, 0.000123, 1e21, 1e-7, 1.5)
	fmt.Printf("%v %v %v %v %v\n", math.Inf(1), math.Inf(-1), math.NaN(), -0.0, 1e6)
	fmt.Printf("%g %g %g %v %v\n", 100000.0, 1000000.0, 1e20, float32(0.1), 0.1+0.2)
	fmt.Printf("%s %10s %-10s| %.3s %q %x\n", "go", "go", "go", "golang", "tab\t", "go")
	fmt.Printf("%t %v %p\n", true, false, nil)
	fmt.Printf("%v %d %s\n", []int{1, 2}, []int{1, 2}, []string{"a", "b"})
	fmt.Printf("%v %v\n", [3]bool{true}, Grid{{1, 2, 3}, {4, 5, 6}})
	fmt.Printf("%x %X % x\n", []byte{1, 171, 255}, "hi", []byte{1, 2})
	fmt.Printf("%v %s %d\n", Temp(21.55), Temp(-3), Weekday(1))
	fmt.Printf("%v %v\n", Monday, []Weekday{Sunday, Tuesday})
	ps := &PtrStringer{5}
	fmt.Printf("%v %v %s\n", ps, *ps, []*PtrStringer{ps})
	fmt.Printf("%v %#v\n", GoStr{1}, GoStr{1})
	fmt.Printf("%v|%+8.2x|%-#s\n", Fmter{}, Fmter{}, Fmter{})
	var e error = &E{"bad"}
	fmt.Printf("%v %s %q\n", e, e, e)
	var nilE error
	fmt.Printf("%v %d\n", nilE, nilE)
	fmt.Printf("%d %s\n", "str", 12)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n", 1)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%v %v\n", struct{}{}, struct {
		A int
		B string
	}{1, "x"})
	var ip *int
	fmt.Printf("%v %v\n", ip, map[string]*int{"n": nil})
	var iface interface{}
	fmt.Printf("%v %T %T %T\n", iface, iface, l2, e)
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%08.3f|%+.1e|%x|%X\n", -3.14159, 12345.678, 3.5, -1.0)
	fmt.Printf("%v %v %v\n", int8(-128), uint64(math.MaxUint64), int64(math.MinInt64))
	fmt.Printf("%v %.3v %10.4v|\n", complex(1, -2), complex(1.23456, 7.891), 3.14159265)
	fmt.Printf("%s\n", []byte("bytes"))
	fmt.Printf("%q\n", []string{"a b", "c\"d"})
	fmt.Printf("%5t|%-7v|%3c|\n", false, true, 'x')
	fmt.Printf("%#v\n", []interface{}{1, "a", nil, 2.5, Point{}})
	fmt.Printf("%#v %#v\n", map[string]int{"z": 1, "a": 2}, []byte{1})
	fmt.Printf("%v\n", map[Point]string{{2, 1}: "b", {1, 2}: "a"})
	fmt.Printf("%v\n", map[interface{}]int{"b": 1, 2: 2, "a": 3, 1: 4})
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil), fmt.Sprintln("x", 1))
	fmt.Println(time.Duration(0), 1500*time.Millisecond, 90*time.Minute, time.Duration(1), 2*time.Microsecond+5, -3*time.Hour)
	fmt.Printf("%v %d %s %.1f\n", time.Second*3/2, time.Millisecond, 36*time.Hour+1, (90 * time.Second).Minutes())
	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err, d.Round(time.Minute), d.Truncate(time.Hour), d.Seconds())
	_, err = time.ParseDuration("bogus")
	fmt.Println(err)
	b := new(big.Int)
	b.SetString("123456789012345678901234567890", 10)
	b.Mul(b, b)
	fmt.Println(b, b.BitLen())
	fmt.Printf("%x %v\n", b, new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil))
	f := new(big.Float).SetPrec(100).SetInt64(1)
	f.Quo(f, big.NewFloat(3))
	fmt.Println(f.Text('g', 20))
	r := big.NewRat(3, 12)
	fmt.Println(r, r.FloatString(5))
	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", os.ErrNotExist))
	fmt.Println(wrapped, errors.Is(wrapped, os.ErrNotExist), errors.Unwrap(wrapped))
	multi := fmt.Errorf("%w + %w", errors.New("x"), errors.New("y"))
	fmt.Println(multi, errors.Unwrap(multi) == nil)
	var pe *E
	fmt.Println(errors.As(fmt.Errorf("w: %w", &E{"in"}), &pe), pe.msg)
	n, err := fmt.Sscanf("10 abc 2.5", "%d %s %f", new(int), new(string), new(float64))
	fmt.Println(n, err)
	var x, y int
	var name string
	fmt.Sscan("7 8 bob", &x, &y, &name)
	fmt.Println(x+y, name)
	fmt.Fprintf(os.Stdout, "%3d|%-3d|%03d\n", -5, -5, -5)
	fmt.Printf("%U %c %q\n", 0x1F600, 0x1F600, 0x1F600)
	fmt.Printf("%v %v\n", &Point{1, 2}, &[]int{1})
	fmt.Printf("%+v\n", l2.Next.A)
}
