package main

// Small aggregates passed and returned by value through several calls.

type B1 struct{ a byte }
type B3 struct{ a, b, c byte }
type I2 struct{ a, b int }
type F2 struct{ x, y float64 }
type FI struct {
	f float32
	i int32
}
type S1 struct{ s string }
type Sl struct{ v []int }

func b1(x B1) B1 { x.a++; return x }
func b3(x B3) B3 { x.a, x.c = x.c, x.a; return x }
func i2(x I2) I2 { return I2{x.b, x.a + x.b} }
func f2(x F2) F2 { return F2{x.y * 2, x.x / 2} }
func fi(x FI) FI { return FI{float32(x.i), int32(x.f)} }
func s1(x S1) S1 { return S1{x.s + x.s} }
func sl(x Sl) Sl { x.v = append(x.v, len(x.v)); return x }
func arr2(x [2]float32) [2]float32 { return [2]float32{x[1], x[0]} }
func arr0(x [0]int, y int) ([0]int, int) { return x, y + 1 }
func empty(x struct{}) struct{} { return x }

func main() {
	x := B1{254}
	x = b1(b1(x))
	println(x.a)
	y := b3(B3{1, 2, 3})
	println(y.a, y.b, y.c)
	z := I2{0, 1}
	for i := 0; i < 10; i++ {
		z = i2(z)
	}
	println(z.a, z.b)
	f := f2(f2(F2{3, 5}))
	println(f.x, f.y)
	g := fi(FI{7.9, -3})
	println(g.f, g.i)
	s := s1(s1(S1{"ab"}))
	println(s.s)
	v := sl(sl(sl(Sl{})))
	println(len(v.v), v.v[2])
	a := arr2([2]float32{1.5, -2})
	println(a[0], a[1])
	_, n := arr0([0]int{}, 41)
	println(n)
	e := empty(struct{}{})
	println(e == struct{}{})
}
