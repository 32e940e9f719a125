// A module with several packages: an internal one, generic functions and a
// generic type used across packages, package-level variables initialised
// from other packages, and init functions in each package.
package main

import (
	"example.com/multi/geom"
	reg "example.com/multi/internal/registry"
	"example.com/multi/util"
)

var total = geom.Origin.X + len(reg.Names())

func init() {
	println("main init, total =", total)
	reg.Register("main")
}

type labelled struct {
	geom.Point
	name string
}

func main() {
	p := geom.Point{X: 3, Y: 4}
	println("dist2", p.Dist2(), "shifted", p.Add(geom.Point{X: 1}).X)
	var s geom.Shape = geom.NewRect(2, 5)
	println("area", s.Area())
	l := labelled{Point: geom.Point{X: 1, Y: 2}, name: "l"}
	println(l.name, l.Dist2())

	sq := util.Map([]int{1, 2, 3}, func(x int) int { return x * x })
	for _, v := range sq {
		print(v, " ")
	}
	println()
	names := util.Map([]int{1, 2}, func(x int) string { return util.Repeat("ab", x) })
	println(names[0], names[1])
	var st util.Stack[string]
	st.Push("a")
	st.Push("b")
	top, _ := st.Pop()
	println("pop", top, st.Len())
	pts := util.Filter([]geom.Point{{X: 1}, {X: -1}, {X: 2}}, func(p geom.Point) bool { return p.X > 0 })
	println("kept", len(pts))
	for _, n := range reg.Names() {
		println("registered", n)
	}
	println("count", reg.Count, "sum", util.Sum([]float64{1.5, 2.5}))
}
