package main

// Methods on named non-struct types: ints, floats, strings, slices, maps,
// funcs and arrays.

type celsius float64
type word string
type ints []int
type bag map[string]int
type op func(int) int
type vec [3]int
type flags uint8

func (c celsius) fahrenheit() celsius { return c*9/5 + 32 }
func (w word) shout() word            { return w + "!" }
func (w word) length() int            { return len(w) }
func (s ints) sum() int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}
func (s *ints) push(v int)         { *s = append(*s, v) }
func (b bag) add(k string)         { b[k]++ }
func (f op) twice(x int) int       { return f(f(x)) }
func (v vec) dot(w vec) int        { return v[0]*w[0] + v[1]*w[1] + v[2]*w[2] }
func (v *vec) scale(k int)         { v[0] *= k; v[1] *= k; v[2] *= k }
func (f flags) has(bit flags) bool { return f&bit != 0 }
func (f *flags) set(bit flags)     { *f |= bit }

func main() {
	println(int(celsius(100).fahrenheit()), int(celsius(-40).fahrenheit()))
	w := word("hey")
	println(string(w.shout().shout()), w.length())
	var s ints
	s.push(1)
	s.push(2)
	s.push(3)
	println(len(s), s.sum(), ints{10, 20}.sum())
	b := bag{}
	b.add("x")
	b.add("x")
	b.add("y")
	println(b["x"], b["y"], len(b))
	inc := op(func(x int) int { return x + 3 })
	println(inc.twice(1), op(func(x int) int { return x * x }).twice(3))
	v := vec{1, 2, 3}
	v.scale(2)
	println(v.dot(vec{1, 1, 1}), v[2])
	var f flags
	f.set(4)
	f.set(1)
	println(f.has(1), f.has(2), f.has(4), f)
}
