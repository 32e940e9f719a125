package main

type P struct {
	X, Y int
	Name string
}

type Q struct {
	B  byte
	I  int64
	F  float32
	A  [2]int16
	In P
}

func main() {
	a := P{1, 2, "a"}
	b := P{1, 2, "a"}
	c := P{1, 2, "b"}
	println(a == b, a != b, a == c, a != c)
	s := "a"
	s += ""
	d := P{1, 2, s}
	println(a == d)
	q1 := Q{1, 2, 3.5, [2]int16{4, 5}, a}
	q2 := q1
	println(q1 == q2)
	q2.In.Name = "z"
	println(q1 == q2)
	q2 = q1
	q2.A[1] = 6
	println(q1 == q2)
	q2 = q1
	q2.F = 3.25
	println(q1 == q2, q1 != q2)
	var z1, z2 Q
	println(z1 == z2)
	println(P{} == P{}, P{X: 1} == P{Y: 1})
}
