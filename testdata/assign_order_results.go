package main

// Tuple assignments to named results in functions with defers (a panic
// part-way leaves the earlier results assigned), op-assignments whose
// right side changes the left side's operands, and appends and copies
// whose operands overlap.

func named() (a, b int) {
	defer func() {
		recover()
	}()
	s := []int{}
	k := 3
	a, b, s[k] = 1, 2, 3
	return
}

func named2() (a int, b []int) {
	defer func() { recover(); println("d", a, len(b)) }()
	b = []int{1}
	a, b[a+5] = 9, 1
	return
}

func retswap() (x, y int) {
	x, y = 1, 2
	defer func() { x, y = y, x }()
	return y, x
}

func main() {
	println(named())
	na, nb := named2()
	println(na, len(nb))
	println(retswap())
	m := map[string]int{"a": 1}
	k := "a"
	m[k] += func() int { k = "b"; return 10 }()
	println(m["a"], m["b"])
	s := []int{1, 2, 3}
	s = append(s, s...)
	println(len(s), s[5])
	s = append(s[:1], s[3:]...)
	println(len(s), s[1], s[2])
	t := s[1:3]
	s = append(t, 99)
	println(s[0], s[2], len(s))
	x := []int{1, 2, 3, 4}
	copy(x[1:], x)
	println(x[0], x[1], x[2], x[3])
	str := "ab"
	str += func() string { str = "zz"; return "c" }()
	println(str)
	var arr [3]int
	i := 0
	arr[i], i, arr[i] = 1, 2, 3
	println(arr[0], arr[1], arr[2], i)
}
