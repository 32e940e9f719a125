package main

type Point struct {
	X, Y int
}

type Box struct {
	Min, Max Point
	Tags     [3]string
}

func movePoint(p Point) Point {
	p.X += 100
	return p
}

func movePtr(p *Point) {
	p.X += 100
}

func fill(a [4]int) [4]int {
	for i := range a {
		a[i] = i * i
	}
	return a
}

func fillPtr(a *[4]int) {
	for i := range a {
		a[i] = -i
	}
}

func grow(b Box) Box {
	b.Max.X *= 2
	b.Tags[0] = "grown"
	return b
}

func main() {
	p := Point{1, 2}
	q := movePoint(p)
	println(p.X, q.X)
	movePtr(&p)
	println(p.X, p.Y)
	var a [4]int
	b := fill(a)
	println(a[3], b[3])
	fillPtr(&a)
	println(a[0], a[1], a[2], a[3])
	bx := Box{Point{0, 0}, Point{5, 5}, [3]string{"a", "b", "c"}}
	by := grow(bx)
	println(bx.Max.X, bx.Tags[0], by.Max.X, by.Tags[0], by.Tags[2])
	bz := bx
	bz.Min.Y = -7
	println(bx.Min.Y, bz.Min.Y)
}
