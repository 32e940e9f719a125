package main

// Every declaration without an initialiser yields the zero value, including
// declarations executed again on each loop iteration.

type T struct {
	i   int
	f   float64
	s   string
	b   bool
	p   *int
	arr [2]int8
	sl  []int
	c   complex64
}

func fresh() T {
	var t T
	return t
}

func main() {
	var i8 int8
	var u64 uint64
	var f32 float32
	var c128 complex128
	var s string
	var b bool
	var p *T
	var sl []string
	var arr [3]float64
	println(i8, u64, f32, c128, s == "", b, p == nil, sl == nil, arr[2])
	for k := 0; k < 3; k++ {
		var x int
		var a [4]int
		var t T
		var str string
		x += k
		a[k] += k + 1
		t.i += k
		t.arr[1] += int8(k)
		t.sl = append(t.sl, k)
		str += "x"
		println(x, a[0], a[1], a[2], a[3], t.i, t.arr[1], len(t.sl), str)
	}
	t := fresh()
	println(t.i, t.f, t.s == "", t.b, t.p == nil, t.arr[0], t.sl == nil, t.c)
	t.i = 5
	t = T{}
	println(t.i)
	q := new(T)
	println(q.i, q.s == "", q.sl == nil)
	var n int
	for n = range 3 {
		var acc int
		acc += n * 10
		print(acc, " ")
	}
	println(n)
}
