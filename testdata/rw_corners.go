package main

import (
	"fmt"
	"math"
	"strings"
	"unsafe"
)

type List[T any] struct{ items []T }

func (l *List[T]) Add(v ...T)    { l.items = append(l.items, v...) }
func (l List[T]) Len() int        { return len(l.items) }
func (l List[T]) At(i int) T      { return l.items[i] }
func (l List[T]) String() string { return fmt.Sprint(l.items) }

type Named struct {
	List[string]
	Title string
}

type Getter[T any] interface{ Get() T }
type box[T any] struct{ v T }

func (b box[T]) Get() T { return b.v }

func Collect[T any](gs ...Getter[T]) []T {
	var out []T
	for _, g := range gs {
		out = append(out, g.Get())
	}
	return out
}

type Vec = []float64
type Set[T comparable] = map[T]bool

func Kind[T any](v T) string {
	switch x := any(v).(type) {
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string " + x
	case fmt.Stringer:
		return "stringer " + x.String()
	case nil:
		return "nil"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type Padded struct {
	A byte
	_ int32
	B int64
	_ [2]byte
	C bool
}

type Op func(float64, float64) float64

var ops = map[string]Op{
	"add": func(a, b float64) float64 { return a + b },
	"hyp": math.Hypot,
	"pow": math.Pow,
}

type Tree struct {
	L, R *Tree
	V    int
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.V + t.L.Sum() + t.R.Sum()
}

type Stringer interface{ String() string }

var _ Stringer = List[int]{}
var _ fmt.Stringer = (*List[int])(nil)

const greeting = "héllo"
const glen = len(greeting)

type Matrix [3][3]int

func (m Matrix) Mul(o Matrix) (r Matrix) {
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return
}

func main() {
	var n Named
	n.Add("x", "y")
	n.Title = "t"
	fmt.Println(n.Len(), n.At(1), n, n.List)
	fmt.Printf("%v %+v\n", n, n)
	fmt.Println(Collect[int](box[int]{1}, box[int]{2}))
	var v Vec = Vec{1, 2}
	s := Set[string]{"a": true}
	fmt.Printf("%T %v %T %v\n", v, v, s, s)
	fmt.Println(Kind(3), Kind("s"), Kind(n), Kind[any](nil), Kind(2.5), Kind(int64(7)))
	p1, p2 := Padded{A: 1, B: 2, C: true}, Padded{A: 1, B: 2, C: true}
	fmt.Println(p1 == p2, unsafe.Sizeof(p1), unsafe.Alignof(p1.B), unsafe.Offsetof(p1.C))
	for _, k := range []string{"add", "hyp", "pow"} {
		fmt.Print(ops[k](3, 4), " ")
	}
	fmt.Println()
	t := &Tree{V: 1, L: &Tree{V: 2, R: &Tree{V: 4}}, R: &Tree{V: 3}}
	fmt.Println(t.Sum(), (*Tree)(nil).Sum())
	var fib func(int) int
	memo := map[int]int{}
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	fmt.Println(fib(90), glen)
	sh := 3
	var f64 float64 = float64(int(1) << sh)
	var i32 int32 = 1<<sh + 1
	x := 1 << sh
	fmt.Println(f64, i32, x, uint8(1)<<7, int8(-127)/-1)
	c := complex(3, 4)
	fmt.Println(c, real(c), imag(c), c*c, -c, c == complex(3, 4))
	fmt.Printf("%.2f %v %v\n", c, complex64(c), 1i*1i)
	ai := [3]any{1, "a", nil}
	bi := [3]any{1, "a", nil}
	fmt.Println(ai == bi)
	switch {
	default:
		fmt.Println("default first")
	case sh > 10:
		fmt.Println("big")
	}
	m := Matrix{{1, 2, 0}, {0, 1, 0}, {0, 0, 1}}
	fmt.Println(m.Mul(m).Mul(m))
	{
		i := 0
	again:
		if i < 3 {
			i++
			goto again
		}
		fmt.Println("goto count", i)
	}
	type Celsius float64
	temps := []Celsius{-40, 0, 36.6}
	fmt.Printf("%v %.1f %T\n", temps, temps, temps)
	bs := []byte("abc")
	str := string(bs)
	bs[0] = 'X'
	fmt.Println(str, string(bs), strings.Compare(str, string(bs)))
	rs := []rune(greeting)
	rs[1] = 'e'
	fmt.Println(string(rs), len(rs), string(rs[0:2]))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.SmallestNonzeroFloat64, math.MaxFloat32)
	fmt.Println(uint64(math.MaxUint64), math.Inf(1) > math.MaxFloat64, math.IsNaN(math.Sqrt(-1)), math.Floor(-2.5), math.Round(-2.5), math.Trunc(2.7))
	fmt.Println(7.0/2, 7/2, float32(7)/2, 1e100, 123456789.0, 0.000001, 0.0000001)
	var u8 uint8 = 255
	var i16 int16 = math.MaxInt16
	u8++
	i16++
	fmt.Println(u8, i16, ^uint(0) > 0, -(-128))
	div, mod := divmod(-17, 5)
	fmt.Println(div, mod)
	arr := [...]struct {
		k string
		v int
	}{{"a", 1}, {"b", 2}}
	for _, e := range arr {
		fmt.Print(e.k, e.v)
	}
	fmt.Println(len(arr))
	ch := make(chan func() string, 2)
	ch <- func() string { return "from chan" }
	fmt.Println((<-ch)())
	fmt.Println(struct{ A, B int }{1, 2} == struct{ A, B int }{1, 2})
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}
