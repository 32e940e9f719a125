// fmt's verbs and flags over every kind: Println/Printf/Sprintf, widths,
// precisions, padding, %v of structs, maps (sorted by fmt), pointers,
// nested values, and the Stringer/error/Formatter/GoStringer interfaces.
package main

import (
	"errors"
	"fmt"
	"os"
)

type Pt struct {
	X, Y int
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Money struct{ Cents int64 }

func (m Money) Format(f fmt.State, verb rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "$%d.%02d[%c w=%d/%v p=%d/%v plus=%v minus=%v sharp=%v]", m.Cents/100, m.Cents%100, verb, w, wok, p, pok, f.Flag('+'), f.Flag('-'), f.Flag('#'))
}

type Gs struct{ A int }

func (g Gs) GoString() string { return fmt.Sprintf("Gs<%d>", g.A) }

type Tree struct {
	Name  string
	Kids  []Tree
	Attrs map[string]int
	Any   any
	Err   error
}

type Color uint8

const (
	Red Color = iota
	Green
)

func (c Color) String() string { return [...]string{"Red", "Green"}[c] }

func main() {
	// integers
	fmt.Printf("%d %+d %5d %-5d| %05d %x %X %#x %#X %o %#o %O %b %#b\n", 42, 42, 42, 42, 42, 255, 255, 255, 255, 8, 8, 8, 5, 5)
	fmt.Printf("%d %d %d %d %d %d\n", int8(-128), int16(-1), int32(1<<31-1), int64(-1<<63), uint8(255), uint64(1<<64-1))
	fmt.Printf("%c %q %U %#U %x\n", 'é', 'é', 'é', 'é', -255)
	fmt.Printf("%08.3d|% d|% x|%+x\n", 7, 5, "hi", 3)
	// floats
	fmt.Printf("%f %.2f %8.3f %-8.3f| %e %E %.3e %g %G %g %g\n", 3.14159, 3.14159, 3.14159, 3.14159, 1234.5678, 1234.5678, 0.000123, 0.000001234, 1e100, 100000.0, 1e21)
	fmt.Printf("%v %v %v %v %.3g %x %b\n", 1.0, 0.1, float32(0.1), 1e-7, 123456.789, 1.5, 2.0)
	fmt.Printf("%6.2f|%+.1f|% .1f|%#g|%#.3x\n", -1.5, 2.25, 3.0, 1.0, 1.0)
	fmt.Printf("%v %v %v\n", zero()/zero(), 1/zero(), -1/zero())
	fmt.Printf("%v %.2f %g\n", 1+2i, complex64(3-4i), -1i)
	// strings and bytes
	fmt.Printf("%s|%10s|%-10s|%.2s|%q|%+q|%#q|%x|% X\n", "go", "go", "go", "golang", "a\"b\n", "héllo", "back`tick", "hi", "hi")
	fmt.Printf("%s %v %x %q %d\n", []byte("bytes"), []byte("ab"), []byte("ab"), []byte("q"), []byte("ab"))
	fmt.Printf("%5t|%-6t|%v\n", true, false, true)
	// pointers
	var np *int
	fmt.Printf("%v %p %t\n", np, nil, np == nil)
	x := 1
	fmt.Println(fmt.Sprintf("%p", &x)[:2], fmt.Sprintf("%v", &x) == fmt.Sprintf("%p", &x))
	// composites
	p := Pt{1, -2}
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	fmt.Printf("%v %+v %#v %T\n", &p, &p, []Pt{p}, &p)
	fmt.Printf("%v %d %x %#v\n", []int{1, 2, 3}, []int{10, 11}, []int{10, 11}, []string{"a", "b"})
	fmt.Printf("%v %#v %T\n", [2]bool{true}, [2]bool{}, [2]bool{})
	m := map[string]int{"zeta": 26, "alpha": 1, "mid": 13}
	fmt.Printf("%v %#v\n", m, m)
	fmt.Println(map[int]string{3: "c", 1: "a", 2: "b"}, map[float64]bool{2.5: true, -1: false}, map[Pt]int{{2, 1}: 1, {1, 2}: 2})
	fmt.Println(map[any]int{"b": 1, 2: 2, "a": 3, 1: 4, true: 5})
	t := &Tree{Name: "root", Kids: []Tree{{Name: "kid"}}, Attrs: map[string]int{"b": 2, "a": 1}, Any: Pt{3, 4}, Err: Code(7)}
	fmt.Printf("%v\n%+v\n", *t, *t)
	fmt.Printf("%v %d\n", struct {
		A []any
		B *Pt
	}{[]any{1, "s", nil, 2.5}, nil}, []any{1, 2})
	fmt.Printf("%#v\n", struct {
		A any
		B map[string]Pt
		C []*int
	}{A: 5, B: map[string]Pt{"k": {1, 2}}, C: []*int{nil}})
	var e any
	fmt.Printf("%v %d %s %#v\n", e, e, e, e)
	// interfaces
	fmt.Println(Temp(21.55), []Temp{1, 2}, map[string]Temp{"a": 3})
	fmt.Printf("%v %s %d %q\n", Temp(5), Temp(5), Code(3), Temp(1))
	fmt.Println(Code(9), error(Code(1)))
	fmt.Printf("%v|%s|%+v|%10.2v\n", Money{1234}, Money{5}, Money{99}, Money{100})
	fmt.Printf("%v %#v %+v\n", Gs{1}, Gs{2}, []Gs{{3}})
	fmt.Println(Red, Green, []Color{Green, Red})
	fmt.Printf("%d %v %x\n", Green, Green, Green)
	// errors and %w
	base := errors.New("base")
	err := fmt.Errorf("ctx %d: %w", 5, base)
	fmt.Println(err, errors.Is(err, base), errors.Unwrap(err) == base)
	err2 := fmt.Errorf("two: %w and %w", base, Code(4))
	var c Code
	fmt.Println(err2, errors.Is(err2, base), errors.As(err2, &c), c)
	fmt.Println(fmt.Errorf("no wrap %d", 1))
	// bad verbs and args
	fmt.Printf("%!|%z|%d\n", 1, 2)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%s %d\n", 5, "x")
	fmt.Printf("%[2]d %[1]d %*d %.*f\n", 1, 2, 4, 7, 2, 3.14159)
	fmt.Printf("%-*d|\n", 5, 3)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil))
	fmt.Println(fmt.Sprintln("x", 1) + "|")
	fmt.Print("print", 1, 2, "\n")
	n, err3 := fmt.Fprintf(os.Stdout, "to stdout %d\n", 99)
	fmt.Println(n, err3)
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Println(fmt.Sprintf("%v", [][]int{{1}, {2, 3}}), fmt.Sprintf("%v", &[]int{1}), fmt.Sprintf("%v", &map[string]int{"a": 1}))
	var ip any = (*Pt)(nil)
	fmt.Printf("%v %+v\n", ip, ip)
	ch := make(chan int)
	fmt.Println(fmt.Sprintf("%v", ch)[:2], fmt.Sprintf("%T %T %T", ch, func(int) string { return "" }, e))
	fmt.Printf("%v %s\n", errors.New("plain"), []error{Code(1), nil})
	fmt.Printf("%6.2v|%v|%v\n", "abc", int64(-5), uintptr(10))
	fmt.Printf("%x %X %x\n", "Hello", []string{"ab", "c"}, 3.5)
	fmt.Printf("%08.3f|%-08d|%+08d\n", -3.14159, 5, 5)
	fmt.Printf("%U %c %q\n", 0x10FFFF+1, -1, 0x7f)
	fmt.Println(fmt.Append([]byte("pre:"), 1, "a"), string(fmt.Appendf(nil, "%03d", 7)), string(fmt.Appendln(nil, "z")))
}

func zero() float64 { return 0 }
