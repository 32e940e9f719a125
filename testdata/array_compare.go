package main

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	println(a == b, a != b, a == c, a != c)
	s1 := [2]string{"go", "lang"}
	s2 := [2]string{"go", "lan" + "g"}
	println(s1 == s2)
	n1 := [2][2]int{{1, 2}, {3, 4}}
	n2 := n1
	println(n1 == n2)
	n2[1][1] = 0
	println(n1 == n2)
	f1 := [2]float64{0, 1}
	var zero float64
	f2 := [2]float64{-zero, 1}
	println(f1 == f2)
	type S struct {
		a [3]byte
		b bool
	}
	x := [2]S{{[3]byte{1, 2, 3}, true}, {}}
	y := x
	println(x == y)
	y[1].a[2] = 1
	println(x == y)
	var e1, e2 [0]int
	println(e1 == e2)
	big1 := [100]int64{99: 1}
	big2 := [100]int64{99: 1}
	println(big1 == big2)
	big2[50] = 7
	println(big1 == big2)
}
