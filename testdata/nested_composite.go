package main

type Vec struct{ X, Y, Z float64 }

type Particle struct {
	Pos, Vel Vec
	Mass     float64
	ID       int
	Hist     [4]Vec
}

type World struct {
	Parts [3]Particle
	Step  int
	Name  string
}

func step(w World) World {
	for i := range w.Parts {
		p := &w.Parts[i]
		p.Hist[w.Step%4] = p.Pos
		p.Pos.X += p.Vel.X
		p.Pos.Y += p.Vel.Y
		p.Pos.Z += p.Vel.Z
	}
	w.Step++
	return w
}

func main() {
	var w World
	w.Name = "demo"
	for i := range w.Parts {
		w.Parts[i] = Particle{Vel: Vec{float64(i), 1, -0.5}, Mass: 1.5, ID: i}
	}
	orig := w
	for i := 0; i < 5; i++ {
		w = step(w)
	}
	println(orig.Step, w.Step, orig.Parts[2].Pos.X, w.Parts[2].Pos.X, w.Parts[1].Pos.Z)
	println(w.Parts[2].Hist[0].X, w.Parts[2].Hist[3].X, w.Parts[0].Hist[1].Y)
	println(orig == w, orig.Parts[0].Vel == w.Parts[0].Vel)
	m := [2][3]Vec{}
	m[1][2].Y = 3
	m2 := m
	m2[1][2].Y = 4
	println(m[1][2].Y, m2[1][2].Y, m == m2)
	type Inner struct{ A [2]int }
	type Outer struct {
		I  Inner
		Is [2]Inner
	}
	o := Outer{Inner{[2]int{1, 2}}, [2]Inner{{[2]int{3, 4}}, {}}}
	o2 := o
	o2.Is[0].A[1] = 40
	println(o.Is[0].A[1], o2.Is[0].A[1], o.I.A[0])
}
