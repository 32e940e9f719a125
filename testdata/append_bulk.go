package main

// Appending several elements at once can grow past double the old capacity;
// growslice then starts from the needed length before rounding up to a size
// class. The slices are package-level variables so that their backing stores
// live on the heap (gc puts small non-escaping ones on the stack).

var (
	a   []int
	b   []byte
	c   []int32
	d   []int64
	e   []string
	f   []byte
	g   []int
	h   []int
	big []int
	str []string
	s1  []struct{}
	p3  [][3]byte
)

func main() {
	a = append(a, 1, 2, 3)
	println(len(a), cap(a))
	a = append(a, 4, 5, 6, 7, 8)
	println(len(a), cap(a))
	a = append(a, a...)
	println(len(a), cap(a))
	a = append(a, make([]int, 100)...)
	println(len(a), cap(a))
	a = append(a, make([]int, 300)...)
	println(len(a), cap(a))
	b = append(b, "hello"...)
	println(len(b), cap(b))
	b = append(b, " world, this is a longer string"...)
	println(len(b), cap(b))
	b = append(b, make([]byte, 1000)...)
	println(len(b), cap(b))
	c = make([]int32, 0, 5)
	c = append(c, 1, 2, 3, 4, 5, 6)
	println(len(c), cap(c))
	d = make([]int64, 7)
	d = append(d, 0)
	println(len(d), cap(d))
	e = make([]string, 0, 1)
	e = append(e, "a", "b", "c", "d", "e", "f", "g")
	println(len(e), cap(e))
	for _, n := range []int{1, 7, 9, 17, 33, 100, 513, 1025, 40000} {
		f = append([]byte(nil), make([]byte, n)...)
		print(cap(f), " ")
	}
	println()
	g = []int{1, 2, 3}
	g = append(g[:1], g[2:]...)
	println(len(g), cap(g), g[0], g[1])
	h = append([]int(nil))
	println(h == nil, len(h))
	big = append(big, make([]int, 1000)...)
	big = append(big, 1)
	println(len(big), cap(big))
	str = []string{}
	str = append(str)
	println(len(str), cap(str), str == nil)
	for i := 0; i < 10; i++ {
		s1 = append(s1, struct{}{})
	}
	println(len(s1), cap(s1))
	for i := 0; i < 40; i++ {
		p3 = append(p3, [3]byte{}, [3]byte{}, [3]byte{})
		print(cap(p3), " ")
	}
	println()
}
