package main

// Generic types declared inside functions (Go 1.27 accepts them): they see
// the enclosing scope, may be recursive, and are instantiated per use.

type celsius float64

func describe[T any](x T) int {
	type pair[U any] struct {
		a T
		b U
	}
	p := pair[string]{x, "s"}
	_ = p
	return len(p.b)
}

func main() {
	const scale = 10
	type box[T any] struct{ v T }
	type node[T comparable] struct {
		v    T
		next *node[T]
	}
	type scaled[T ~int | ~float64] struct{ v [scale]T }
	b := box[int]{1}
	s := box[string]{"two"}
	println(b.v, s.v)
	var head *node[string]
	for _, w := range []string{"a", "b", "c"} {
		head = &node[string]{w, head}
	}
	for n := head; n != nil; n = n.next {
		print(n.v, " ")
	}
	println()
	var sc scaled[celsius]
	sc.v[scale-1] = 2.5
	println(len(sc.v), sc.v[9] > 2)
	m := map[box[int]]bool{{1}: true}
	println(m[b], m[box[int]{2}])
	println(describe(3), describe(celsius(1)))
}
