package main

func describe(name string, s []int) {
	println(name, s == nil, len(s), cap(s))
}

func mk(n int) []int {
	if n == 0 {
		return nil
	}
	return make([]int, n)
}

// a is package-level so that append grows it on the heap.
var a []int

func main() {
	describe("var", a)
	describe("empty literal", []int{})
	describe("make0", make([]int, 0))
	describe("mk0", mk(0))
	describe("nil slice of nil", a[:])
	describe("nil[0:0]", a[0:0])
	for range a {
		println("never")
	}
	a = append(a, 1)
	describe("after append", a)
	a = nil
	describe("reset", a)
	var ss [][]string
	println(len(ss), ss == nil)
	ss = append(ss, nil)
	println(len(ss), ss[0] == nil)
	var bs []byte
	println(string(bs) == "", len(string(bs)))
	x := []int{1, 2, 3}
	y := x[:0]
	describe("x[:0]", y)
	z := x[3:]
	describe("x[3:]", z)
	clear(a)
	describe("clear nil", a)
}
