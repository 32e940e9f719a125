package main

// Generic types built from generic types, recursive generic types, generic
// functions calling generic functions, variadic type parameters, arrays of
// type parameters, local types as type arguments, partial instantiation.

type pair[A, B any] struct {
	a A
	b B
}

type tree[T any] struct {
	left, right *tree[T]
	val         T
}

type matrix[T int | float64, R ~[3]T] struct {
	rows []R
}

type wrapped[T any] struct {
	pair[T, string]
	n int
}

func mkPair[A, B any](a A, b B) pair[A, B] { return pair[A, B]{a, b} }

func insert[T int | string](t *tree[T], v T) *tree[T] {
	if t == nil {
		return &tree[T]{val: v}
	}
	if v < t.val {
		t.left = insert(t.left, v)
	} else {
		t.right = insert(t.right, v)
	}
	return t
}

func walk[T int | string](t *tree[T], out []T) []T {
	if t == nil {
		return out
	}
	out = walk(t.left, out)
	out = append(out, t.val)
	return walk(t.right, out)
}

func sumAll[T int | float64](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func trace[T int | float64, R ~[3]T](m matrix[T, R]) T {
	var s T
	for i, r := range m.rows {
		s += r[i]
	}
	return s
}

func reverse[T any](a [4]T) [4]T {
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
	return a
}

func conv[To ~int64 | ~float64, From ~int | ~int32](x From) To { return To(x) * 2 }

func describe() int {
	type local struct{ x int }
	p := mkPair(local{1}, local{2})
	return p.a.x + p.b.x
}

func describe2() string {
	type local string
	p := mkPair(local("q"), 3)
	return string(p.a)
}

func main() {
	p := mkPair(mkPair(1, "x"), []float64{2.5})
	println(p.a.a, p.a.b, p.b[0])
	var t *tree[int]
	for _, v := range []int{5, 3, 8, 1, 4} {
		t = insert(t, v)
	}
	for _, v := range walk(t, nil) {
		print(v, " ")
	}
	println()
	var ts *tree[string]
	ts = insert(insert(insert(ts, "m"), "a"), "z")
	println(len(walk(ts, nil)), walk(ts, nil)[2])
	println(sumAll(1, 2, 3), sumAll(1.5, 2), sumAll[int](), sumAll([]float64{4, 5}...))
	m := matrix[int, [3]int]{rows: [][3]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}}
	println(trace(m))
	r := reverse([4]string{"a", "b", "c", "d"})
	println(r[0], r[3])
	w := wrapped[bool]{pair[bool, string]{true, "s"}, 7}
	println(w.a, w.b, w.n, w.pair.b)
	println(conv[int64](int32(21)), conv[float64](3))
	println(describe(), describe2())
}
