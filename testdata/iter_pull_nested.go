package main

// iter.Pull nested: pulls inside iterators, zips of pulls, recursive
// iterators pulled, an iterator pulled from inside another pulled
// iterator's body, and deep recursion on the coroutine's stack.

import (
	"fmt"
	"iter"
	"slices"
)

type tree struct {
	left, right *tree
	val         int
}

func insert(t *tree, v int) *tree {
	if t == nil {
		return &tree{val: v}
	}
	if v < t.val {
		t.left = insert(t.left, v)
	} else {
		t.right = insert(t.right, v)
	}
	return t
}

func (t *tree) walk(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.left.walk(yield) && yield(t.val) && t.right.walk(yield)
}

func (t *tree) All() iter.Seq[int] {
	return func(yield func(int) bool) { t.walk(yield) }
}

// sameFringe compares two trees' in-order sequences with two pulls.
func sameFringe(a, b *tree) bool {
	na, sa := iter.Pull(a.All())
	defer sa()
	nb, sb := iter.Pull(b.All())
	defer sb()
	for {
		va, oka := na()
		vb, okb := nb()
		if oka != okb || va != vb {
			return false
		}
		if !oka {
			return true
		}
	}
}

// zip pairs two sequences, pulling both.
func zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		for {
			va, oka := na()
			vb, okb := nb()
			if !oka || !okb || !yield(va, vb) {
				return
			}
		}
	}
}

// merge merges two sorted sequences.
func merge(a, b iter.Seq[int]) iter.Seq[int] {
	return func(yield func(int) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		va, oka := na()
		vb, okb := nb()
		for oka || okb {
			if !okb || oka && va <= vb {
				if !yield(va) {
					return
				}
				va, oka = na()
			} else {
				if !yield(vb) {
					return
				}
				vb, okb = nb()
			}
		}
	}
}

func upto(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func evens(s iter.Seq[int]) iter.Seq[int] {
	return func(yield func(int) bool) {
		for v := range s {
			if v%2 == 0 && !yield(v) {
				return
			}
		}
	}
}

// deep recurses d levels before yielding, on the coroutine's stack.
func deep(d int, yield func(int) bool) bool {
	var pad [16]int
	pad[d%16] = d
	if d == 0 {
		return yield(pad[0])
	}
	return deep(d-1, yield) && yield(d+pad[d%16]-d)
}

func main() {
	var a, b, c *tree
	for _, v := range []int{5, 3, 8, 1, 4, 7, 9} {
		a = insert(a, v)
	}
	for _, v := range []int{1, 3, 4, 5, 7, 8, 9} {
		b = insert(b, v)
	}
	for _, v := range []int{1, 3, 4, 5, 7, 8, 10} {
		c = insert(c, v)
	}
	fmt.Println(sameFringe(a, b), sameFringe(a, c), sameFringe(b, nil))

	for x, y := range zip(upto(5), slices.Values([]string{"a", "b", "c"})) {
		fmt.Println(x, y)
	}

	// Merge of merges: pulls inside pulled iterators, four levels.
	m := merge(merge(evens(upto(10)), upto(4)), merge(slices.Values([]int{2, 3, 11}), evens(upto(7))))
	fmt.Println(slices.Collect(m))

	// Pulling the merge itself, stopping halfway: every level's cleanup.
	nm, sm := iter.Pull(m)
	for i := 0; i < 6; i++ {
		v, _ := nm()
		fmt.Print(v, " ")
	}
	fmt.Println()
	sm()

	// A pull whose iterator pulls, driven from inside a range-over-func loop.
	total := 0
	for i := range upto(3) {
		n, s := iter.Pull2(zip(upto(i+2), upto(10)))
		for {
			_, _, ok := n()
			if !ok {
				break
			}
			total++
		}
		s()
	}
	fmt.Println("total", total)

	// Deep recursion inside the coroutine.
	nd, sd := iter.Pull(func(yield func(int) bool) { deep(20000, yield) })
	sum := 0
	for {
		v, ok := nd()
		if !ok {
			break
		}
		sum += v
	}
	sd()
	fmt.Println("deep sum", sum)

	// A chain of 100 pulls, each forwarding the previous one.
	var s iter.Seq[int] = upto(20)
	for k := 0; k < 100; k++ {
		prev := s
		s = func(yield func(int) bool) {
			n, st := iter.Pull(prev)
			defer st()
			for {
				v, ok := n()
				if !ok || !yield(v+1) {
					return
				}
			}
		}
	}
	fmt.Println(slices.Collect(s))
}
