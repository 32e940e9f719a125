package main

// Range-over-func iterators built over maps and trees: sorted key
// iteration, filtered sequences and composition of iterators.

type Seq[V any] func(yield func(V) bool)
type Seq2[K, V any] func(yield func(K, V) bool)

func sortedKeys(m map[string]int) Seq2[string, int] {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return func(yield func(string, int) bool) {
		for _, k := range keys {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

func Filter[V any](s Seq[V], keep func(V) bool) Seq[V] {
	return func(yield func(V) bool) {
		for v := range s {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Naturals() Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

type tree struct {
	left, right *tree
	v           int
}

func (t *tree) walk(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.left.walk(yield) && yield(t.v) && t.right.walk(yield)
}

func (t *tree) All(yield func(int) bool) { t.walk(yield) }

func main() {
	m := map[string]int{"delta": 4, "alpha": 1, "charlie": 3, "bravo": 2}
	for k, v := range sortedKeys(m) {
		println(k, v)
	}
	primes := Filter(Naturals(), func(n int) bool {
		if n < 2 {
			return false
		}
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				return false
			}
		}
		return true
	})
	c := 0
	for p := range primes {
		print(p, " ")
		c++
		if c == 10 {
			break
		}
	}
	println()
	t := &tree{&tree{nil, nil, 1}, &tree{&tree{nil, nil, 3}, nil, 4}, 2}
	for v := range t.All {
		print(v, " ")
		if v == 3 {
			break
		}
	}
	println()
}
