package main

// Type inference through core types: S ~[]E constraints keep the named
// slice type in results; inference from function-typed arguments.

type Ints []int

func (s Ints) Sum() int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func Clone[S ~[]E, E any](s S) S {
	return append(S(nil), s...)
}

func Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func Fold[T, A any](xs []T, f func(A, T) A, init A) A {
	for _, x := range xs {
		init = f(init, x)
	}
	return init
}

type registry map[string]bool

func main() {
	a := Ints{1, 2, 3}
	b := Clone(a)
	b[0] = 100
	println(a.Sum(), b.Sum())
	Reverse(b)
	println(b[0], b[2])
	ks := Keys(registry{"a": true, "b": false})
	println(len(ks))
	println(Fold([]string{"a", "bb", "ccc"}, func(n int, s string) int { return n + len(s) }, 0))
}
