package main

type Meters float64
type Feet float64
type ID int32
type Label string
type Bytes []byte
type Grid [2][2]int
type Pt struct{ X, Y int }
type Pt2 Pt
type IntAlias = int

func toFeet(m Meters) Feet { return Feet(m * 3.28084) }

func main() {
	m := Meters(100)
	println(toFeet(m))
	var id ID = 2147483647
	id++
	println(id)
	l := Label("tag")
	l += "!"
	println(l, len(l), l[0], string(l[1:]))
	b := Bytes("xyz")
	b = append(b, '!')
	println(string(b), len(b))
	var g Grid
	g[1][0] = 5
	g2 := g
	println(g == g2, g2[1][0])
	p := Pt{1, 2}
	q := Pt2(p)
	q.X = 10
	println(p.X, q.X, Pt(q) == Pt{10, 2})
	var ia IntAlias = 5
	var n int = ia
	println(n + ia)
	type Celsius int
	var c Celsius = -40
	println(c, c*9/5+32)
	var s []Pt
	s = append(s, Pt{3, 4}, Pt{5, 6})
	println(len(s), s[1].Y)
	lb := []Label{"a", "b"}
	println(lb[0] < lb[1])
}
