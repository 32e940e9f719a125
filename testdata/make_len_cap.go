package main

func main() {
	s := make([]int, 5, 8)
	println(len(s), cap(s))
	var n int64 = 3
	t := make([]byte, n)
	println(len(t), cap(t))
	var u8 uint8 = 200
	u := make([]int32, u8, 300)
	println(len(u), cap(u))
	var arr [7]int
	println(len(arr), cap(arr), len(&arr), cap(arr[2:]), cap(arr[2:4]))
	str := "héllo"
	println(len(str), len(str[1:]))
	const c = len("constant")
	var fixed [c]int
	println(c, len(fixed))
	zs := make([]struct{}, 1000)
	println(len(zs), cap(zs))
	m := make([][]int, 2, 4)
	println(len(m), cap(m), m[1] == nil)
	type T [10]int
	var pt *T
	println(len(pt), cap(pt))
}
