package main

type Node struct {
	Val  int
	Next *Node
}

func newInt(v int) *int {
	x := v
	return &x
}

func counter() *int {
	return new(int)
}

func incr(p *int) { *p++ }

func main() {
	p := newInt(5)
	q := newInt(5)
	println(*p, *q, p == q, p != q)
	*p = 10
	println(*p, *q)
	c := counter()
	for i := 0; i < 3; i++ {
		incr(c)
	}
	println(*c)
	var np *int
	println(np == nil, c != nil)
	x := 1
	px := &x
	ppx := &px
	**ppx = 7
	println(x, *px == 7)
	var head *Node
	for i := 1; i <= 5; i++ {
		head = &Node{i * i, head}
	}
	for n := head; n != nil; n = n.Next {
		print(n.Val, " ")
	}
	println()
	arr := [3]int{1, 2, 3}
	pe := &arr[1]
	*pe = 20
	println(arr[1])
	type S struct{ a, b int }
	s := S{1, 2}
	pb := &s.b
	*pb = 99
	println(s.b)
	ps := new(S)
	ps.a = 4
	println(ps.a, ps.b, *ps == S{4, 0})
	pf := new(float64)
	*pf += 1.5
	println(*pf)
	sl := []int{1, 2, 3}
	p0 := &sl[0]
	sl = append(sl, 4)
	*p0 = 100
	println(sl[0] == 100 || sl[0] == 1)
	ptrs := make([]*int, 0)
	for i := 0; i < 3; i++ {
		v := i * 10
		ptrs = append(ptrs, &v)
	}
	println(*ptrs[0], *ptrs[1], *ptrs[2])
	pp1 := &x
	pp2 := &x
	println(pp1 == pp2)
}
