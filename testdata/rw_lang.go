package main

import (
	"fmt"
	"strings"
)

type Size int

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	_, _
	E, F
)

type Flags uint8

const (
	FlagRead Flags = 1 << iota
	FlagWrite
	FlagExec
	FlagAll = FlagRead | FlagWrite | FlagExec
)

func (f Flags) String() string {
	var parts []string
	names := []string{"r", "w", "x"}
	for i, n := range names {
		if f&(1<<i) != 0 {
			parts = append(parts, n)
		} else {
			parts = append(parts, "-")
		}
	}
	return strings.Join(parts, "")
}

const big = 1 << 100
const huge = big * big
const ratio = huge / (big * big >> 3)
const typedF float32 = 1.0 / 3
const str = "con" + "cat"

type HandlerFunc func(string) string

func (h HandlerFunc) Handle(s string) string { return "[" + h(s) + "]" }

type Handler interface{ Handle(string) string }

type Base struct{ id int }

func (b *Base) SetID(i int) { b.id = i }
func (b Base) ID() int      { return b.id }

type Logger struct{ prefix string }

func (l Logger) Log(s string) string { return l.prefix + s }

type Service struct {
	*Base
	Logger
	name string
}

func classify(n int) string {
	var out []string
	switch {
	case n < 0:
		out = append(out, "neg")
		fallthrough
	case n == 0:
		out = append(out, "nonpos")
	case n%2 == 0:
		out = append(out, "even")
		fallthrough
	case n > 100:
		out = append(out, "big-or-even")
	default:
		out = append(out, "odd")
	}
	return strings.Join(out, ",")
}

func findPair(grid [][]int, target int) (int, int, bool) {
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				continue outer
			}
			if v == target {
				return i, j, true
			}
			if v > 1000 {
				break outer
			}
		}
	}
	return -1, -1, false
}

func gotoLoop(n int) (s int) {
	i := 0
loop:
	if i >= n {
		goto done
	}
	s += i
	i++
	goto loop
done:
	return
}

func namedDefer() (x int, err error) {
	defer func() {
		x *= 2
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	x = 21
	var arr []int
	_ = arr[x]
	return x, nil
}

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 100 }
}

func main() {
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(FlagRead, FlagWrite|FlagExec, FlagAll, Flags(0))
	fmt.Printf("%d %v %08b\n", FlagAll, FlagAll, FlagAll)
	fmt.Println(ratio, typedF, str, big>>98, float64(huge))
	const c1 = 'a' + 1
	const c2 = 7 / 2.0
	const c3 = 7 / 2
	fmt.Printf("%T %v %T %v %T %v\n", c1, c1, c2, c2, c3, c3)
	var h Handler = HandlerFunc(strings.ToUpper)
	fmt.Println(h.Handle("hello"))
	svc := Service{Base: &Base{}, Logger: Logger{"> "}, name: "svc"}
	svc.SetID(7)
	fmt.Println(svc.ID(), svc.id, svc.Log(svc.name))
	setter := svc.SetID
	setter(9)
	fmt.Println(svc.ID())
	logf := Logger.Log
	idf := (*Base).ID
	fmt.Println(logf(Logger{"# "}, "x"), idf(svc.Base))
	for _, n := range []int{-5, 0, 4, 7, 101, 102} {
		fmt.Printf("%d:%s ", n, classify(n))
	}
	fmt.Println()
	grid := [][]int{{1, -1, 5}, {2, 3, 5}, {1001, 5}}
	fmt.Println(findPair(grid, 5))
	fmt.Println(findPair(grid, 99))
	fmt.Println(gotoLoop(10))
	fmt.Println(namedDefer())
	next, reset := counter()
	next()
	next()
	reset()
	fmt.Println(next())
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	x := 1
	{
		x := 2
		x++
		_ = x
	}
	if x := 5; x > 3 {
		fmt.Println("inner x", x)
	} else if y := x * 2; y > 0 {
		fmt.Println(y)
	}
	fmt.Println("outer x", x)
	type local struct {
		a, b int
	}
	ls := []local{{1, 2}, {3, 4}}
	for i := range ls {
		ls[i].a *= 10
	}
	for _, l := range ls {
		l.b = 0
	}
	fmt.Println(ls)
	anon := struct {
		Name string
		Pos  struct{ X, Y int }
	}{Name: "p"}
	anon.Pos.X = 3
	fmt.Printf("%+v\n", anon)
	matrix := make([][]string, 3)
	for i := range matrix {
		matrix[i] = make([]string, i+1)
		for j := range matrix[i] {
			matrix[i][j] = fmt.Sprint(i, j)
		}
	}
	fmt.Println(matrix, len(matrix[2]))
	arr := [...]string{2: "c", 0: "a", 5: "f"}
	fmt.Println(len(arr), arr)
	brr := arr
	brr[0] = "z"
	fmt.Println(arr[0], brr[0], arr == brr)
	sl := arr[1:4]
	sl = append(sl, "X")
	fmt.Println(arr, sl, len(sl), cap(sl))
	var iface interface{} = arr
	if a, ok := iface.([6]string); ok {
		fmt.Println("array in iface", a[2])
	}
	switch v := iface.(type) {
	case []string:
		fmt.Println("slice", v)
	case [6]string, [5]string:
		fmt.Printf("array %T\n", v)
	}
	var r rune = 'é'
	var b byte = 'A'
	fmt.Println(r, b, string(r), string(b), string(rune(65+1)))
	u8 := uint8(250)
	u8 += 10
	i8 := int8(127)
	i8++
	fmt.Println(u8, i8, -7/2, -7%2, 7>>1, -7>>1, ^0, 5&^3)
	var u uint32 = 1 << 31
	fmt.Println(u<<1, u>>31, int32(u), uint16(u>>12))
	f := 3.9
	fmt.Println(int(f), int(-f), uint8(int(f)), float32(f))
}
