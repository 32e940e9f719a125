package main

// Interface values made by a static conversion and by a run-time assertion
// of the same (interface, type) pair compare equal and hash alike.

type Shape interface{ Area() int }

type square struct{ side int }

func (s square) Area() int { return s.side * s.side }

type framed struct{ square }

func viaAny(x any) Shape { return x.(Shape) }

func main() {
	var a Shape = square{3}
	b := viaAny(square{3})
	println(a == b, a.Area(), b.Area())
	seen := map[Shape]string{a: "square"}
	println(seen[b])
	var f Shape = framed{square{2}}
	g := viaAny(framed{square{2}})
	println(f == g, g.Area())
	seen[g] = "framed"
	println(len(seen), seen[f])
	switch v := any(f).(type) {
	case square:
		println("square", v.side)
	case Shape:
		println("shape", v.Area())
	}
}
