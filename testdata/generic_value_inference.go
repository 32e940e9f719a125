// Generic functions and generic methods used as values without type
// arguments: inferred from the function type they are assigned to
// (variable declarations, assignments, returns, appends, arguments of
// non-generic functions) and, as arguments of a generic function, from the
// parameter type once the callee's type arguments are inferred.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
)

func Label[T any](x T) string { return fmt.Sprintf("<%v>", x) }

func Pair[A, B any](a A, b B) string { return fmt.Sprint(a, "&", b) }

func first(f func(int) string) string { return f(1) }

func both(f func(string, bool) string) string { return f("s", true) }

func call[T any](f func(T) string, x T) string { return f(x) }

func each[T any](x T, fs ...func(T) string) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f(x))
	}
	return out
}

type Prefix struct{ p string }

func (p Prefix) Add[T any](x T) string { return p.p + fmt.Sprint(x) }

func (p *Prefix) Set[T fmt.Stringer](x T) string {
	p.p = x.String()
	return p.p
}

type code int

func (c code) String() string { return "code" + strconv.Itoa(int(c)) }

func chooser(upper bool) func(float64) string {
	if upper {
		return Label
	}
	return Prefix{"f="}.Add
}

func main() {
	nums := []int{5, 2, 9, 1}
	slices.SortFunc(nums, cmp.Compare)
	fmt.Println(nums)
	words := []string{"pear", "fig", "apple"}
	slices.SortFunc(words, cmp.Compare)
	fmt.Println(words, slices.IsSortedFunc(words, cmp.Compare))

	var f func(bool) string = Label
	fmt.Println(f(true))
	var g func(int, []byte) string
	g = Pair
	fmt.Println(g(1, []byte("b")))
	fmt.Println(first(Label), both(Pair))
	fmt.Println(chooser(true)(1.5), chooser(false)(2.5))

	var l1, l2 func(int) string = Label, Prefix{"p"}.Add
	fs := append([]func(int) string{}, l1, l2)
	for _, h := range fs {
		fmt.Print(h(7), " ")
	}
	fmt.Println()

	p := Prefix{"+"}
	fmt.Println(call(Label, 3), call(p.Add, "x"), call(Label[rune], 'r'))
	fmt.Println(each(2.5, Label, p.Add, Prefix{"e"}.Add[float64]))
	var set func(code) string = (&p).Set
	fmt.Println(set(4), p.p, first(p.Add))
	fmt.Println(call((&p).Set, code(8)), p.p)
}
