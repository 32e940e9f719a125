package main

// Method expressions: T.M takes the receiver as first argument; (*T).M
// works for both pointer and value methods.

type pt struct{ x, y int }

func (p pt) sum() int         { return p.x + p.y }
func (p pt) scaled(k int) pt  { return pt{p.x * k, p.y * k} }
func (p *pt) move(dx, dy int) { p.x += dx; p.y += dy }

type str string

func (s str) cat(t str) str { return s + t }

func apply(f func(pt) int, ps []pt) int {
	t := 0
	for _, p := range ps {
		t += f(p)
	}
	return t
}

func main() {
	f := pt.sum
	println(f(pt{1, 2}))
	g := pt.scaled
	println(g(pt{1, 2}, 3).y)
	mv := (*pt).move
	p := pt{0, 0}
	mv(&p, 4, 5)
	println(p.x, p.y)
	ps := (*pt).sum
	println(ps(&p))
	println(apply(pt.sum, []pt{{1, 1}, {2, 2}, {3, 3}}))
	c := str.cat
	println(string(c("ab", "cd")))
	var h func(*pt, int, int) = (*pt).move
	h(&p, -4, -5)
	println(p.x, p.y)
}
