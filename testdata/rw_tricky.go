package main

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

type Logger interface{ Log(string) string }
type baseLogger struct{ prefix string }

func (b *baseLogger) Log(s string) string { return b.prefix + s }

type timestamped struct {
	Logger
	n int
}

func (t *timestamped) Log(s string) string {
	t.n++
	return fmt.Sprintf("[%d] %s", t.n, t.Logger.Log(s))
}

type A struct{ Name string }
type B struct {
	A
	Name string
}
type C struct {
	*B
	Extra int
}

func (a A) Hello() string  { return "A:" + a.Name }
func (b *B) Bye() string   { return "B:" + b.Name }
func (a *A) Rename(n string) { a.Name = n }

type ReadCloser struct {
	io.Reader
	closed bool
}

func (r *ReadCloser) Close() error { r.closed = true; return nil }

type JSON = map[string]any

type Visitor interface {
	VisitNum(float64) string
	VisitList([]any) string
}

type printer struct{ depth int }

func (p *printer) VisitNum(f float64) string { return fmt.Sprint(f) }
func (p *printer) VisitList(l []any) string {
	p.depth++
	defer func() { p.depth-- }()
	parts := []string{}
	for _, x := range l {
		parts = append(parts, walk(p, x))
	}
	return fmt.Sprintf("L%d(%s)", p.depth, strings.Join(parts, " "))
}

func walk(v Visitor, x any) string {
	switch t := x.(type) {
	case float64:
		return v.VisitNum(t)
	case int:
		return v.VisitNum(float64(t))
	case []any:
		return v.VisitList(t)
	}
	return "?"
}

type state int

func (s *state) next() state { *s++; return *s }

type errNotFound struct{ key string }

func (e errNotFound) Error() string       { return "not found: " + e.key }
func (e errNotFound) Is(target error) bool { return target == errSentinel }

var errSentinel = errors.New("sentinel")

func lookup(m map[string]int, k string) (v int, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("lookup: %w", err)
		}
	}()
	v, ok := m[k]
	if !ok {
		return 0, errNotFound{k}
	}
	return
}

func main() {
	var l Logger = &timestamped{Logger: &baseLogger{"> "}}
	fmt.Println(l.Log("a"), l.Log("b"))
	b := &B{A: A{"inner"}, Name: "outer"}
	c := C{B: b}
	fmt.Println(c.Name, c.A.Name, c.Hello(), c.Bye())
	c.Rename("renamed")
	fmt.Println(b.A.Name, c.Hello())
	hello := c.Hello
	c.A.Name = "after"
	fmt.Println(hello(), c.Hello())
	defer func() {
		r := recover()
		fmt.Println("main recovered:", r)
		var nc C
		func() {
			defer func() { fmt.Println("nil embedded:", recover()) }()
			f := nc.Bye
			fmt.Println("bound", f != nil)
			fmt.Println(f())
		}()
	}()
	rc := &ReadCloser{Reader: strings.NewReader("data")}
	var x io.ReadCloser = rc
	d, _ := io.ReadAll(x)
	x.Close()
	fmt.Println(string(d), rc.closed)
	doc := JSON{"name": "x", "tags": []any{"a", 1, 2.5, nil}, "nested": JSON{"k": []int{1}}, "ok": true}
	fmt.Println(doc)
	fmt.Printf("%v\n", []any{1, []any{2, []any{3.5}}, "s"})
	fmt.Println(walk(&printer{}, []any{1, []any{2, []any{3.5}}, 4}))
	s := []int{1, 2, 3, 4}
	ap := (*[3]int)(s)
	ap[0] = 100
	arr := [4]int(s)
	arr[1] = -1
	fmt.Println(s, *ap, arr)
	var st state
	fmt.Println(st.next(), st.next(), st)
	m := map[string]int{"a": 1}
	_, err := lookup(m, "zz")
	fmt.Println(err, errors.Is(err, errSentinel))
	var nf errNotFound
	fmt.Println(errors.As(err, &nf), nf.key)
	v, err := lookup(m, "a")
	fmt.Println(v, err)
	type pair struct {
		k string
		v []int
	}
	groups := map[string][]int{}
	for i, w := range strings.Fields("x y x z y x") {
		groups[w] = append(groups[w], i)
	}
	var ps []pair
	for k, v := range groups {
		ps = append(ps, pair{k, v})
	}
	sort.Slice(ps, func(i, j int) bool { return len(ps[i].v) > len(ps[j].v) })
	fmt.Println(ps)
	fns := make([]func(), 0)
	for _, w := range []string{"p", "q"} {
		fns = append(fns, func() { fmt.Print(w) })
	}
	for _, f := range fns {
		f()
	}
	fmt.Println()
	var iface interface{ Hello() string } = c
	fmt.Println(iface.Hello())
	if _, ok := iface.(interface{ Bye() string }); ok {
		fmt.Println("C has Bye via *B")
	}
	var e1, e2 error = errNotFound{"a"}, errNotFound{"a"}
	fmt.Println(e1 == e2, e1 != errNotFound{"b"})
	var bp *B
	fmt.Println(bp.Bye())
}
