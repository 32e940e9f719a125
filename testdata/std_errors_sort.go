// errors and sort from GOROOT over golift's descriptors: errors.Is/As and
// sort.Slice run internal/reflectlite, which reads the descriptors in
// internal/abi's layout (names, method tables, elem types, sizes) through
// the runtime's resolveNameOff/resolveTypeOff.
package main

import (
	"errors"
	"sort"
)

type MyErr struct{ code int }

func (e *MyErr) Error() string { return "my error" }

type wrap struct{ err error }

func (w wrap) Error() string { return "wrap: " + w.err.Error() }
func (w wrap) Unwrap() error { return w.err }

// codeErr is equal to any codeErr with the same code (its Is method).
type codeErr int

func (c codeErr) Error() string { return "code" }
func (c codeErr) Is(target error) bool {
	t, ok := target.(codeErr)
	return ok && t%10 == c%10
}

type temporary interface{ Temporary() bool }

type tempErr struct{}

func (tempErr) Error() string   { return "temp" }
func (tempErr) Temporary() bool { return true }

var ErrBase = errors.New("base")

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }

func main() {
	e := wrap{wrap{ErrBase}}
	println(errors.Is(e, ErrBase), errors.Is(e, errors.New("base")), errors.Unwrap(e) != nil)
	var m *MyErr
	w := wrap{&MyErr{7}}
	println(errors.As(w, &m), m != nil && m.code == 7)
	var t temporary
	println(errors.As(wrap{tempErr{}}, &t), t != nil && t.Temporary(), errors.As(e, &t))
	var c codeErr
	println(errors.Is(wrap{codeErr(13)}, codeErr(3)), errors.Is(codeErr(13), codeErr(4)), errors.As(wrap{codeErr(5)}, &c), c)
	j := errors.Join(ErrBase, w)
	println(j.Error(), errors.Is(j, ErrBase), errors.As(j, &m))
	defer func() {
		println("recovered:", recover().(string))
		sorts()
	}()
	var notPtr MyErr
	errors.As(e, notPtr)
}

func sorts() {
	s := []string{"pear", "apple", "fig", "kiwi"}
	sort.Slice(s, func(i, k int) bool { return s[i] < s[k] })
	println(s[0], s[1], s[2], s[3])
	xs := []int{5, 2, 9, 1, 7}
	sort.Ints(xs)
	println(xs[0], xs[4], sort.SearchInts(xs, 5), sort.IsSorted(sort.IntSlice(xs)))
	ps := []person{{"ann", 40}, {"bob", 25}, {"cy", 40}, {"di", 31}}
	sort.SliceStable(ps, func(i, k int) bool { return ps[i].age < ps[k].age })
	for _, p := range ps {
		print(p.name, " ")
	}
	println()
	sort.Sort(sort.Reverse(byAge(ps)))
	println(ps[0].age, ps[3].name)
	bs := []byte("golift")
	sort.Slice(bs, func(i, k int) bool { return bs[i] < bs[k] })
	println(string(bs))
	fs := []float64{2.5, -1, 3}
	sort.Float64s(fs)
	println(fs[0], fs[2])
	type big struct{ a, b, c, d, e int }
	bg := []big{{a: 3}, {a: 1}, {a: 2}}
	sort.Slice(bg, func(i, k int) bool { return bg[i].a < bg[k].a })
	println(bg[0].a, bg[1].a, bg[2].a)
}
