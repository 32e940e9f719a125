package main

// A generic binary search tree ordered by a constraint with <, with
// in-order traversal, height and lookups.

type ordered interface {
	~int | ~int64 | ~float64 | ~string
}

type Tree[K ordered, V any] struct {
	root *tnode[K, V]
	n    int
}

type tnode[K ordered, V any] struct {
	key         K
	val         V
	left, right *tnode[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch {
		case k < (*p).key:
			p = &(*p).left
		case k > (*p).key:
			p = &(*p).right
		default:
			(*p).val = v
			return
		}
	}
	*p = &tnode[K, V]{key: k, val: v}
	t.n++
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		if k < n.key {
			n = n.left
		} else if k > n.key {
			n = n.right
		} else {
			return n.val, true
		}
	}
	var z V
	return z, false
}

func (t *Tree[K, V]) Walk(f func(K, V)) { walk(t.root, f) }

func walk[K ordered, V any](n *tnode[K, V], f func(K, V)) {
	if n == nil {
		return
	}
	walk(n.left, f)
	f(n.key, n.val)
	walk(n.right, f)
}

func height[K ordered, V any](n *tnode[K, V]) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.left), height(n.right))
}

func main() {
	var t Tree[int, string]
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 30} {
		t.Put(k, "v")
	}
	t.Walk(func(k int, v string) { print(k, " ") })
	println(t.n, height(t.root))
	v, ok := t.Get(60)
	println(v, ok)
	_, ok = t.Get(65)
	println(ok)
	var words Tree[string, int]
	for i, w := range []string{"pear", "apple", "fig", "apple", "kiwi"} {
		words.Put(w, i)
	}
	words.Walk(func(k string, v int) { print(k, "=", v, " ") })
	println()
	var ft Tree[float64, bool]
	x := uint32(1)
	for i := 0; i < 1000; i++ {
		x = x*1664525 + 1013904223
		ft.Put(float64(x%10000)/10, true)
	}
	count := 0
	prev := -1.0
	sorted := true
	ft.Walk(func(k float64, _ bool) {
		count++
		if k <= prev {
			sorted = false
		}
		prev = k
	})
	println(count == ft.n, sorted, ft.n)
}
