package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

type Animal interface {
	Sound() string
}
type Dog struct{ name string }
type Cat struct{ name string }

func (d Dog) Sound() string  { return d.name + ": woof" }
func (c *Cat) Sound() string { return c.name + ": meow" }

type Pack struct {
	Animal
	size int
}

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}

type T1 struct {
	A int `tag:"a"`
	B string
}
type T2 struct {
	A int
	B string `other:"b"`
}

func main() {
	animals := []Animal{Dog{"rex"}, &Cat{"tom"}, Pack{Dog{"pack"}, 3}}
	for _, a := range animals {
		fmt.Println(a.Sound())
	}
	sound := animals[1].Sound
	animals[1] = Dog{"swapped"}
	fmt.Println(sound())
	func() {
		defer func() { fmt.Println("recover:", recover()) }()
		var a Animal
		f := a.Sound
		fmt.Println("not reached", f)
	}()
	func() {
		defer func() { fmt.Println("recover:", recover()) }()
		p := Pack{}
		fmt.Println(p.Sound())
	}()
	func() {
		defer func() { fmt.Println("recover:", recover()) }()
		var x, y any = []int{1}, []int{1}
		fmt.Println(x == y)
	}()
	func() {
		defer func() { fmt.Println("recover:", recover()) }()
		m := map[any]int{}
		m[[]string{"a"}] = 1
	}()
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range copy:", v)
		}
	}
	parr := &arr
	for i := range parr {
		parr[i] *= 2
	}
	fmt.Println(arr, len(parr))
	s := []int{1, 2, 3, 4, 5}
	t := s[1:3]
	t = append(t, 99)
	fmt.Println(s, t, len(t), cap(t))
	u := append(s[:1:1], 7)
	fmt.Println(s, u)
	copy(s[1:], s)
	fmt.Println(s)
	s[0], s[4] = s[4], s[0]
	i := 0
	i, s[i] = 2, 50
	fmt.Println(i, s)
	str := ""
	for i := 0; i < 5; i++ {
		str += string(rune('a' + i))
	}
	fmt.Println(str)
	var nilS []int
	var nilM map[string]bool
	fmt.Println(nilS, nilM, nilS == nil, len(nilM), nilM["x"])
	fmt.Printf("%v %d %s|\n", nilS, nilS, nilS)
	fmt.Printf("%T|%T|%T|%T\n", strings.ToUpper, make(chan<- int), map[string][]*Dog{}, struct{ X int }{})
	nested := map[string]map[string]int{"b": {"y": 2, "x": 1}, "a": {"z": 0}}
	fmt.Println(nested)
	structs := map[string]T1{"k": {1, "x"}}
	tmp := structs["k"]
	tmp.A = 5
	structs["k"] = tmp
	fmt.Println(structs)
	ptrs := map[string]*T1{"k": {1, "x"}}
	ptrs["k"].A = 9
	fmt.Println(*ptrs["k"])
	fmt.Println(T2(T1{3, "c"}), CToF(100), CToF(-40))
	var st Stack
	st.Push(1)
	st.Push(2)
	st.Push(3)
	fmt.Println(st.Pop(), st.Pop(), st)
	bs := "ß straße İ ǅ ﬁ"
	fmt.Println(strings.ToUpper(bs), strings.ToLower(bs), utf8.RuneCountInString(bs), len(bs))
	r, size := utf8.DecodeRuneInString("\xe2\x82")
	fmt.Println(r == utf8.RuneError, size, utf8.ValidString("ok☺"), utf8.RuneLen('☺'))
	buf := utf8.AppendRune(nil, '世')
	fmt.Println(buf, string(buf))
	var wg sync.WaitGroup
	results := make([]int, 10)
	for i := range 10 {
		wg.Go(func() {
			results[i] = i * i
		})
	}
	wg.Wait()
	fmt.Println(results, runtime.NumCPU() > 0)
	var c Counter
	c.n = map[string]int{}
	var wg2 sync.WaitGroup
	for _, w := range strings.Fields("a b a c b a") {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			c.mu.Lock()
			c.n[w]++
			c.mu.Unlock()
		}()
	}
	wg2.Wait()
	keys := make([]string, 0, len(c.n))
	for k := range c.n {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, c.n[k], " ")
	}
	fmt.Println()
	ch := make(chan string, 3)
	ch <- "x"
	ch <- "y"
	close(ch)
	for v := range ch {
		fmt.Print(v)
	}
	v, ok := <-ch
	fmt.Printf(" %q %v %d %d\n", v, ok, len(ch), cap(ch))
	sel := make(chan int, 1)
	for i := 0; i < 4; i++ {
		select {
		case sel <- i:
			fmt.Print("sent", i, " ")
		default:
			fmt.Print("full", i, " ")
			<-sel
		}
	}
	fmt.Println()
	err := os.ErrNotExist
	_, ferr := os.Open("/nonexistent/file.txt")
	fmt.Println(ferr, errors.Is(ferr, err))
	var pe *os.PathError
	if errors.As(ferr, &pe) {
		fmt.Println(pe.Op, pe.Path, pe.Err)
	}
	tmpf, _ := os.CreateTemp("", "rw*.txt")
	defer os.Remove(tmpf.Name())
	fmt.Fprintf(tmpf, "line1\nline2\n")
	tmpf.Close()
	data, _ := os.ReadFile(tmpf.Name())
	fmt.Printf("%q\n", data)
	type key [2]string
	mk := map[key]int{{"a", "b"}: 1}
	mk[key{"a", "b"}]++
	fmt.Println(mk)
	x := 10
	px := &x
	ppx := &px
	**ppx = 20
	fmt.Println(x, *px == 20, px == *ppx)
	fn := func(xs ...int) int { return len(xs) }
	fmt.Println(fn(), fn(1, 2), fn(s...))
	defer fmt.Println("exiting main")
	if len(os.Args) > 5 {
		os.Exit(1)
	}
}
