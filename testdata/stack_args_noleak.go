// Locals whose address is only passed to parameters (and pointer
// receivers) that the callee does not leak stay on the stack: no
// allocation, as with gc's escape analysis. A callee that keeps the
// pointer still gets a heap variable, one per call.
package main

import (
	"fmt"
	"runtime"
)

type point struct{ x, y int }

func (p *point) move(d int) { p.x += d; p.y += 2 * d }
func (p *point) sum() int   { return p.x + p.y }
func (p point) area() int   { return p.x * p.y }

func fill(a *[16]int, k int) {
	for i := range a {
		a[i] = i * k
	}
}

func total(a *[16]int) (t int) {
	for _, v := range a {
		t += v
	}
	return t + len(a)
}

func swap(a, b *int) { *a, *b = *b, *a }

func pass(p *point, d int) {
	if d > 0 {
		pass(p, d-1)
		p.move(1)
	}
}

var kept []*point

func keep(p *point) { kept = append(kept, p) }

func deferred(n int) (r int) {
	var p point
	defer func() { r = p.sum() }()
	p.move(n)
	return 0
}

func stacked(i int) int {
	var p point
	p.move(i)
	pass(&p, 3)
	var a [16]int
	fill(&a, i)
	x, y := i, 2*i
	swap(&x, &y)
	q := point{x, y}
	return p.sum() + total(&a) + q.area()
}

func heaped(i int) *point {
	var p point
	p.move(i)
	keep(&p)
	return &p
}

var ms runtime.MemStats

func mallocs() uint64 {
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

func main() {
	n0 := mallocs()
	s := 0
	for i := 0; i < 50; i++ {
		s += stacked(i)
	}
	n1 := mallocs()
	fmt.Println(s, "stack-only calls allocated:", n1-n0)

	a, b := heaped(1), heaped(2)
	a.move(10)
	fmt.Println(*a, *b, *kept[0] == *a, len(kept))
	fmt.Println(deferred(4))
}

type cell struct{ v int }

func (c *cell) show() { fmt.Println("cell", c.v) }

func show(c *cell) { fmt.Println("show", c.v) }

// Deferred calls keep each iteration's variable: distinct addresses.
func init() {
	for i := 0; i < 3; i++ {
		var c cell
		c.v = i
		defer c.show()
		var d cell
		d.v = i * 10
		defer show(&d)
	}
}
