package main

// Generic types with methods (value and pointer receivers), instantiated
// with different type arguments; generic struct embedding a generic field.

type pair[K, V any] struct {
	key K
	val V
}

func (p pair[K, V]) swap() pair[V, K] { return pair[V, K]{p.val, p.key} }

type box[T any] struct{ v T }

func (b *box[T]) set(v T) { b.v = v }
func (b box[T]) get() T   { return b.v }

type list[T any] []T

func (l list[T]) len() int   { return len(l) }
func (l *list[T]) push(v T)  { *l = append(*l, v) }
func (l list[T]) at(i int) T { return l[i] }
func (l list[T]) each(f func(T)) {
	for _, v := range l {
		f(v)
	}
}

type named[T any] struct {
	name string
	box[T]
}

func main() {
	p := pair[string, int]{"a", 1}
	q := p.swap()
	println(q.key, q.val)
	var bi box[int]
	bi.set(42)
	bs := box[string]{"x"}
	bs.set(bs.get() + "y")
	println(bi.get(), bs.get())
	var l list[string]
	l.push("a")
	l.push("b")
	println(l.len(), l.at(1))
	total := 0
	list[int]{1, 2, 3}.each(func(v int) { total += v })
	println(total)
	n := named[float64]{name: "n"}
	n.set(2.5)
	println(n.name, n.get(), n.v)
	type alias = pair[int, int]
	a := alias{1, 2}
	println(a.swap().key)
}
