package main

type Shape interface {
	Area() int
	comparable
}

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

type Rc struct{ w, h int }

func (r Rc) Area() int { return r.w * r.h }

func Largest[S Shape](xs ...S) (best S, idx int) {
	idx = -1
	for i, x := range xs {
		if idx < 0 || x.Area() > best.Area() {
			best, idx = x, i
		}
	}
	return
}

func Dedup[T comparable](xs []T) []T {
	seen := make(map[T]bool)
	var out []T
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

type Integer interface {
	~int8 | ~int16 | ~int32 | ~int64 | ~int | ~uint8 | ~uint
}

func Clamp[T Integer](v, lo, hi T) T {
	return max(lo, min(v, hi))
}

type Level uint8

func (l Level) Name() string {
	switch l {
	case 0:
		return "low"
	case 1:
		return "mid"
	}
	return "high"
}

type Named interface {
	Integer
	Name() string
}

func Names[T Named](xs []T) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += ","
		}
		s += Clamp(x, 0, 2).Name()
	}
	return s
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (v T, ok bool) {
	if len(s.items) == 0 {
		return v, false
	}
	v = s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func Drain[T any](s *Stack[T], f func(T)) (n int) {
	defer func() {
		if r := recover(); r != nil {
			println("drain stopped:", r.(string))
			n = -n
		}
	}()
	for {
		v, ok := s.Pop()
		if !ok {
			return
		}
		n++
		f(v)
	}
}

func main() {
	b, i := Largest(Sq{2}, Sq{5}, Sq{3})
	println(b.s, i)
	r, j := Largest(Rc{1, 10}, Rc{3, 3}, Rc{2, 6})
	println(r.w, r.h, j)
	_, k := Largest[Sq]()
	println(k)
	d := Dedup([]Rc{{1, 2}, {2, 1}, {1, 2}, {3, 3}, {2, 1}})
	println(len(d), d[2].w)
	ds := Dedup([]interface{}{1, "a", 1, 2.5, "a", Sq{1}, Sq{1}})
	println(len(ds))
	println(Clamp(300, 0, 255), Clamp[int8](-100, -5, 5), Clamp(Level(9), 0, 2))
	println(Names([]Level{0, 1, 2, 7}))
	st := &Stack[func() string]{}
	for _, w := range []string{"a", "b", "boom", "c"} {
		st.Push(func() string {
			if w == "boom" {
				panic("exploded at " + w)
			}
			return w
		})
	}
	println(Drain(st, func(f func() string) { print(f(), " ") }))
	println(Drain(st, func(f func() string) { print(f(), " ") }))
}
