package main

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	a := base[2:4:6]
	println(len(a), cap(a), a[0], a[1])
	a = append(a, 100)
	println(base[4], len(a), cap(a))
	a = append(a, 200)
	println(base[5], len(a), cap(a))
	a = append(a, 300)
	println(base[6], len(a), cap(a))
	a[0] = -2
	println(base[2])
	b := base[:0:0]
	println(len(b), cap(b))
	b = append(b, 42)
	println(base[0], b[0])
	c := base[8:10:10]
	println(len(c), cap(c))
	var arr [5]string
	d := arr[1:2:3]
	println(len(d), cap(d))
	d = d[:2]
	d[1] = "x"
	println(arr[2])
	e := base[3:3:3]
	println(len(e), cap(e))
	i, j, k := 1, 2, 5
	f := base[i:j:k]
	println(len(f), cap(f), f[0])
	g := f[:cap(f)]
	println(len(g), g[3])
	str := "hello"
	bs := []byte(str)
	h := bs[1:3:4]
	println(string(h), cap(h))
}
