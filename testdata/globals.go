package main

var (
	gi   int
	gu8  uint8
	gf   float64
	gc   complex128
	gs   string
	gb   bool
	gp   *int
	gsl  []int
	garr [4]int16
	gst  struct {
		a int
		b string
	}
)

var table = [...]string{"zero", "one", "two", "three"}
var primes = []int{2, 3, 5, 7, 11, 13}
var counter int
var origin = point{0, 0}
var pts = [2]point{{1, 2}, {3, 4}}

type point struct{ x, y int }

func bump() int {
	counter++
	return counter
}

func main() {
	println(gi, gu8, gf, gc, gs == "", gb, gp == nil, gsl == nil, garr[3], gst.a, gst.b == "")
	gi = 5
	gu8 = 255
	gu8++
	gs = "set"
	gp = &gi
	*gp += 10
	garr[2] = -3
	gst.b = "field"
	println(gi, gu8, gs, garr[2], gst.b)
	println(table[2], len(table), primes[5], len(primes))
	primes = append(primes, 17)
	primes[0] = 1
	println(primes[0], primes[6], len(primes))
	for i := 0; i < 3; i++ {
		bump()
	}
	println(counter, bump())
	pts[1].y = 40
	println(origin.x, pts[1].y, pts[0] == point{1, 2})
	p := &pts[0]
	p.x = 100
	println(pts[0].x)
}
