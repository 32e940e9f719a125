package main

func main() {
	s := []int{10, 20, 30, 40, 50}
	println(len(s), cap(s), s[0], s[4])
	t := s[1:3]
	println(len(t), cap(t), t[0], t[1])
	t[0] = 21
	println(s[1])
	t = t[:cap(t)]
	println(len(t), t[3])
	u := s[2:]
	v := s[:2]
	w := s[:]
	println(len(u), len(v), len(w), cap(u), cap(v))
	m := make([]string, 3, 10)
	println(len(m), cap(m), m[2] == "")
	m = m[:7]
	m[6] = "last"
	println(len(m), m[6])
	z := make([]float64, 4)
	println(len(z), cap(z), z[3])
	var arr [6]int
	as := arr[2:4]
	as[0] = 7
	println(arr[2], len(as), cap(as))
	as = append(as, 8)
	println(arr[4], len(as), cap(as))
	as = append(as, 9, 10)
	println(arr[5], len(as), cap(as))
	as = append(as, 11)
	as[0] = -1
	println(arr[2], as[0], len(as))
	empty := s[5:]
	println(len(empty), cap(empty))
	two := [][]int{s[:1], s[4:]}
	println(two[0][0], two[1][0])
	idx := 3
	println(s[idx], s[idx:][0], s[:idx][idx-1])
	for i := range s {
		s[i] *= 2
	}
	println(s[0], s[4])
}
