package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Counter map[string]int

func (c Counter) Add(words ...string) {
	for _, w := range words {
		c[w]++
	}
}

func (c Counter) String() string {
	keys := make([]string, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, k+":"+strconv.Itoa(c[k]))
	}
	return "Counter{" + strings.Join(parts, ", ") + "}"
}

type Pred func(int) bool

func (p Pred) And(q Pred) Pred { return func(n int) bool { return p(n) && q(n) } }
func (p Pred) Not() Pred       { return func(n int) bool { return !p(n) } }

type Grid [3][3]rune

func (g *Grid) Set(r, c int, v rune) error {
	if r < 0 || r > 2 || c < 0 || c > 2 {
		return fmt.Errorf("cell (%d,%d) out of range", r, c)
	}
	if g[r][c] != 0 {
		return errors.New("cell taken")
	}
	g[r][c] = v
	return nil
}

func (g Grid) Winner() rune {
	lines := [][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a, b, c := g[l[0][0]][l[0][1]], g[l[1][0]][l[1][1]], g[l[2][0]][l[2][1]]
		if a != 0 && a == b && b == c {
			return a
		}
	}
	return 0
}

func (g Grid) String() string {
	var sb strings.Builder
	for i, row := range g {
		for j, c := range row {
			if c == 0 {
				c = '.'
			}
			sb.WriteRune(c)
			if j < 2 {
				sb.WriteByte('|')
			}
		}
		if i < 2 {
			sb.WriteString("\n-+-+-\n")
		}
	}
	return sb.String()
}

type safeDiv struct{ log []string }

func (s *safeDiv) Div(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			s.log = append(s.log, err.Error())
		}
	}()
	q = a / b
	return
}

func process(items []string) (out []int, err error) {
	for i, it := range items {
		func() {
			defer func() {
				if r := recover(); r != nil {
					err = errors.Join(err, fmt.Errorf("item %d: %v", i, r))
				}
			}()
			n, e := strconv.Atoi(it)
			if e != nil {
				panic(e)
			}
			out = append(out, 100/n)
		}()
	}
	return
}

func main() {
	c := Counter{}
	c.Add(strings.Fields("the cat and the hat and the bat")...)
	fmt.Println(c)
	fmt.Printf("%v %s %d\n", c, c, len(c))
	even := Pred(func(n int) bool { return n%2 == 0 })
	big := Pred(func(n int) bool { return n > 5 })
	var sel []int
	for i := range 12 {
		if even.And(big.Not())(i) {
			sel = append(sel, i)
		}
	}
	fmt.Println(sel)
	var g Grid
	moves := [][2]int{{1, 1}, {0, 0}, {2, 2}, {1, 1}, {0, 2}, {3, 0}, {2, 0}, {1, 0}, {0, 1}}
	player := 'X'
	for _, m := range moves {
		if err := g.Set(m[0], m[1], player); err != nil {
			fmt.Println("error:", err)
			continue
		}
		if w := g.Winner(); w != 0 {
			fmt.Printf("winner %c\n", w)
			break
		}
		if player == 'X' {
			player = 'O'
		} else {
			player = 'X'
		}
	}
	fmt.Println(g)
	var sd safeDiv
	fmt.Println(sd.Div(10, 3))
	fmt.Println(sd.Div(1, 0))
	fmt.Println(sd.log)
	out, err := process([]string{"5", "x", "0", "20"})
	fmt.Println(out, err)
	for i := 0; i < 3; i++ {
		defer func(n int) { fmt.Println("defer arg", n, i) }(i * 10)
	}
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range c {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	fmt.Println(kvs)
	x := 5
	p := &x
	inc := func() { *p++ }
	inc()
	inc()
	fmt.Println(x)
	s := make([]int, 0, 2)
	s1 := append(s, 1)
	s2 := append(s, 2)
	fmt.Println(s1, s2, len(s), cap(s))
	str := "hello"
	bs := []byte(str)
	for i, j := 0, len(bs)-1; i < j; i, j = i+1, j-1 {
		bs[i], bs[j] = bs[j], bs[i]
	}
	fmt.Println(string(bs), str)
	label := 0
loop:
	for {
		switch {
		case label > 3:
			break loop
		case label%2 == 0:
			label += 3
			continue loop
		}
		label++
	}
	fmt.Println("label", label)
}
