// Go 1.27 generic methods used as values: method values x.N[A] (the
// receiver is evaluated and copied when the value is made), method
// expressions T.N[A] and (*T).N[A], promoted through embedded fields, with
// type arguments inferred from the function type assigned to; deferred and
// go'd calls, closures and mutual recursion.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Tally struct {
	label string
	total int
}

func (t Tally) Describe[T any](x T) string {
	return fmt.Sprintf("%s(%d): %v", t.label, t.total, x)
}

func (t *Tally) Bump[N ~int | ~int32](by N) int {
	t.total += int(by)
	return t.total
}

func (t Tally) Pick[K comparable, V any](m map[K]V, k K) (V, bool) {
	v, ok := m[k]
	return v, ok
}

type Named struct {
	Tally
	extra string
}

type ByPtr struct {
	*Tally
}

type small int32

type Walker struct{ steps []string }

func (w *Walker) Even[T ~int](n T) bool {
	w.steps = append(w.steps, fmt.Sprint("even ", n))
	if n == 0 {
		return true
	}
	return w.Odd(n - 1)
}

func (w *Walker) Odd[T ~int](n T) bool {
	w.steps = append(w.steps, fmt.Sprint("odd ", n))
	if n == 0 {
		return false
	}
	return w.Even[T](n - 1)
}

func run[T any](f func(T) string, x T) string { return f(x) }

func main() {
	t := Tally{label: "t", total: 1}

	// A method value copies a value receiver when it is made.
	d := t.Describe[string]
	t.total = 50
	fmt.Println(d("first"))
	fmt.Println(run(t.Describe[[]int], []int{1, 2}))

	// A pointer receiver: the value sees later changes.
	bump := t.Bump[small]
	fmt.Println(bump(2), bump(3), t.total)

	// Method expressions.
	desc := Tally.Describe[float64]
	fmt.Println(desc(t, 0.25))
	pb := (*Tally).Bump[int]
	fmt.Println(pb(&t, 10), t.total)
	pd := (*Tally).Describe[bool]
	fmt.Println(pd(&t, true))
	pick := Tally.Pick[string, int]
	v, ok := pick(t, map[string]int{"a": 1}, "a")
	fmt.Println(v, ok)

	// Calls of method expressions, inferred or explicit.
	fmt.Println(Tally.Describe(t, 'x'), (*Tally).Bump(&t, 1), Tally.Describe[uint8](t, 7))

	// Promoted through embedded values and pointers.
	n := Named{Tally{"named", 3}, "e"}
	nb := n.Bump[int]
	fmt.Println(nb(4), n.total, Named.Describe[string](n, n.extra))
	fmt.Println((*Named).Bump[int](&n, 1), n.total)
	bp := ByPtr{&Tally{"ptr", 100}}
	fmt.Println(ByPtr.Bump[int](bp, -1), bp.Describe[int](0))

	// Type arguments inferred from the type the value is assigned to.
	var f1 func(int) string = t.Describe
	fmt.Println(f1(5))
	var f2 func(Tally, []string) string
	f2 = Tally.Describe
	fmt.Println(f2(t, strings.Fields("a b")))
	var f3 func(small) int = (&t).Bump
	fmt.Println(f3(1))
	get := func() func(map[int]string, int) (string, bool) { return t.Pick }
	fmt.Println(get()(map[int]string{1: "one"}, 1))

	// Method values in composite literals and maps.
	table := map[string]func(int) string{
		"old": t.Describe[int],
	}
	t.label = "renamed"
	table["new"] = t.Describe[int]
	fmt.Println(table["old"](1), table["new"](2))
	fs := []func(Tally, int) string{Tally.Describe[int]}
	fmt.Println(fs[0](t, 9), fs[0] != nil)

	// defer and go of generic method calls: operands are evaluated at the
	// statement.
	func() {
		t.total = 7
		defer fmt.Println("deferred describe:", t.Describe("x"))
		defer t.Bump(1000)
		defer func() { fmt.Println("total at exit", t.total) }()
		dv := t.Describe[int]
		defer fmt.Println(dv(1))
		t.total = 8
	}()
	fmt.Println("after", t.total)
	var wg sync.WaitGroup
	var mu sync.Mutex
	shared := &Tally{label: "shared"}
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			shared.Bump(i)
		}()
	}
	wg.Wait()
	wg.Add(1)
	go func(b func(int) int) {
		defer wg.Done()
		b(100)
	}(shared.Bump[int])
	wg.Wait()
	fmt.Println(shared.total)

	// Closures capturing method values.
	counters := make([]func() int, 0, 3)
	for i := range 3 {
		tt := &Tally{total: i * 10}
		b := tt.Bump[int]
		counters = append(counters, func() int { return b(1) })
	}
	for _, c := range counters {
		fmt.Print(c(), " ", c(), " ")
	}
	fmt.Println()

	// Mutual recursion between generic methods.
	w := &Walker{}
	fmt.Println(w.Even(3), strings.Join(w.steps, ","))
	odd := w.Odd[int]
	w.steps = nil
	fmt.Println(odd(2), len(w.steps))

	// A nil pointer through a method expression of a value method.
	defer func() { fmt.Println("recovered:", recover()) }()
	var np *Tally
	fmt.Println((*Tally).Describe[int](np, 1))
}
