package main

func show(s []int) {
	for _, v := range s {
		print(v, " ")
	}
	println()
}

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := make([]int, 3)
	n := copy(b, a)
	println(n)
	show(b)
	n = copy(a, b[:1])
	println(n)
	show(a)
	c := []int{1, 2, 3, 4, 5, 6, 7, 8}
	n = copy(c[2:], c)
	println(n)
	show(c)
	d := []int{1, 2, 3, 4, 5, 6, 7, 8}
	n = copy(d, d[3:])
	println(n)
	show(d)
	var nilS []int
	println(copy(nilS, a), copy(a, nilS))
	bs := make([]byte, 4)
	n = copy(bs, "héllo")
	println(n, bs[0], bs[1], bs[2], bs[3])
	big := make([]int64, 1000)
	for i := range big {
		big[i] = int64(i)
	}
	dst := make([]int64, 2000)
	println(copy(dst[500:], big), dst[500], dst[1499], dst[1500])
	strs := []string{"a", "b", "c"}
	s2 := make([]string, 2)
	copy(s2, strs[1:])
	println(s2[0], s2[1])
	type P struct{ x, y int }
	ps := []P{{1, 2}, {3, 4}}
	pd := make([]P, 2)
	copy(pd, ps)
	ps[0].x = 9
	println(pd[0].x, pd[1].y)
}
