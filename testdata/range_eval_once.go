package main

var calls int

func items() []int {
	calls++
	return []int{1, 2, 3}
}

func limit() int {
	calls++
	return 4
}

func str() string {
	calls++
	return "héllo"
}

func main() {
	sum := 0
	for _, v := range items() {
		sum += v
	}
	println(sum, calls)
	for i := range limit() {
		sum += i
	}
	println(sum, calls)
	n := 0
	for range str() {
		n++
	}
	println(n, calls)
	s := "abc"
	for i, r := range s {
		s = "changed"
		print(i, r, " ")
	}
	println(s)
	arr := [3]int{1, 2, 3}
	for i := range arr {
		arr[2] = 100
		print(i, " ")
	}
	println(arr[2])
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl = sl[:1]
		print(i, v, " ")
	}
	println(len(sl))
	var parr *[3]int = &arr
	for i, v := range parr {
		parr[2] = -1
		print(i, v, " ")
	}
	println()
}
