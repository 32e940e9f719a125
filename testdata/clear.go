package main

func main() {
	s := []int{1, 2, 3, 4, 5}
	clear(s[1:3])
	for _, v := range s {
		print(v, " ")
	}
	println()
	clear(s)
	println(s[0], s[4], len(s), cap(s))
	strs := []string{"a", "b"}
	clear(strs)
	println(strs[0] == "", len(strs))
	type P struct {
		x int
		p *int
	}
	n := 5
	ps := []P{{1, &n}, {2, &n}}
	clear(ps)
	println(ps[0].x, ps[1].p == nil)
	fs := []float64{1.5, 2.5}
	clear(fs[:1])
	println(fs[0], fs[1])
	var empty []byte
	clear(empty)
	bs := make([]byte, 100, 200)
	for i := range bs {
		bs[i] = 0xff
	}
	clear(bs[10:20])
	sum := 0
	for _, b := range bs {
		sum += int(b)
	}
	println(sum)
	full := bs[:200]
	println(full[150])
}
