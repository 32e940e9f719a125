package main

func modify(s []int) {
	s[0] = 100
}

func appendTo(s []int) []int {
	return append(s, 99)
}

func main() {
	a := make([]int, 3, 10)
	modify(a)
	println(a[0])
	b := appendTo(a)
	c := appendTo(a)
	println(len(a), len(b), len(c), b[3], c[3])
	c[3] = 55
	println(b[3])
	full := []int{1, 2, 3}
	d := appendTo(full)
	d[0] = -1
	println(full[0], d[0])
	x := []int{1, 2, 3, 4, 5}
	y := x[1:3]
	y = append(y, 40)
	println(x[3])
	x = append(x[:1], x[2:]...)
	println(len(x), x[0], x[1], x[2], x[3])
	s := []int{1, 2, 3}
	s[0], s[1], s[2] = s[2], s[0], s[1]
	println(s[0], s[1], s[2])
	i := 0
	i, s[i] = 2, 77
	println(i, s[0], s[2])
	arr := [3]int{1, 2, 3}
	sl := arr[:]
	arr2 := arr
	sl[0] = 50
	println(arr[0], arr2[0])
}
