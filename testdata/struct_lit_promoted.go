// Go 1.27: struct literals may name promoted fields as keys.
package main

type Point struct{ X, Y int }

type Named struct {
	Name string
	Tags []string
}

type Shape struct {
	Point
	Named
	Kind int
}

type Deep struct {
	Shape
	Extra float64
}

type Big struct {
	A, B, C, D int64
	S        string
}

type WithBig struct {
	Big
	Flag bool
}

type Gen[T any] struct {
	Inner[T]
	N int
}

type Inner[T any] struct {
	V    T
	List []T
}

var order []string

func val(s string, v int) int {
	order = append(order, s)
	return v
}

type Pair struct{ A, B int }

type Nest struct {
	Pair
	P *Pair
}

var global = Shape{X: 7, Name: "global", Kind: 1}

func main() {
	s := Shape{X: 1, Y: 2, Name: "sq", Kind: 4}
	println(s.X, s.Y, s.Name, s.Kind, len(s.Tags))

	p := &Shape{Y: 3, Tags: []string{"a", "b"}}
	println(p.X, p.Y, p.Name == "", p.Tags[1], p.Kind)

	d := Deep{X: 10, Name: "deep", Extra: 1.5, Kind: 2}
	println(d.X, d.Y, d.Name, d.Kind, d.Extra)
	d2 := Deep{Shape: Shape{Kind: 9}, Extra: 2}
	println(d2.Kind, d2.Extra)
	d3 := Deep{Point: Point{X: 1, Y: 2}, Name: "mixed"}
	println(d3.X, d3.Y, d3.Name)

	w := WithBig{A: 1, D: 4, S: "big", Flag: true}
	println(w.A, w.B, w.C, w.D, w.S, w.Flag)
	wp := &WithBig{C: 3}
	println(wp.A, wp.C, wp.S == "")

	g := Gen[string]{V: "gen", List: []string{"x"}, N: 5}
	println(g.V, g.List[0], g.N)
	gi := Gen[int]{N: 1, V: 2}
	println(gi.V, gi.N, gi.List == nil)

	// Evaluation order is source order, across nesting levels.
	o := Deep{Kind: val("kind", 1), X: val("x", 2), Extra: float64(val("extra", 3)), Y: val("y", 4)}
	println(o.Kind, o.X, o.Y, o.Extra)
	for _, s := range order {
		print(s, " ")
	}
	println()

	n := Nest{A: 1, P: &Pair{B: 2}}
	println(n.A, n.B, n.P.A, n.P.B)

	arr := []Shape{{X: 1}, {Y: 2, Name: "two"}}
	println(arr[0].X, arr[1].Y, arr[1].Name)
	m := map[string]Deep{"k": {Name: "in map", Y: 8}}
	println(m["k"].Name, m["k"].Y)

	println(global.X, global.Name, global.Kind)

	// Literal values compare like their field-by-field counterparts.
	println(Pair{A: 1} == Nest{A: 1}.Pair)
	a := Point{X: 1}
	b := Deep{X: 1}
	println(a == b.Point)
}
