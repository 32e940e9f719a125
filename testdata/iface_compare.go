package main

// Interface comparison: equal when dynamic types and values are equal;
// interface vs concrete; different dynamic types are unequal.

type T struct {
	a int
	s string
}

type U int

type ifc interface{ m() }

func (U) m()  {}
func (*T) m() {}

func main() {
	var a, b any = 1, 1
	println(a == b)
	b = int64(1)
	println(a == b)
	b = U(1)
	println(a == b)
	a = T{1, "x"}
	b = T{1, "x"}
	println(a == b)
	b = T{1, "y"}
	println(a == b)
	println(a == T{1, "x"}, a != T{1, "x"})
	a = "str"
	println(a == "str", a == "st")
	a, b = nil, nil
	println(a == b)
	var i1, i2 ifc = U(3), U(3)
	println(i1 == i2)
	p := &T{}
	i1, i2 = p, p
	println(i1 == i2)
	i2 = &T{}
	println(i1 == i2)
	var e any = i1
	println(e == i1, e == any(p))
	var np *T
	i1 = np
	println(i1 == nil, i1 == ifc((*T)(nil)))
	a = [2]any{1, "a"}
	b = [2]any{1, "a"}
	println(a == b)
	x, y := 0.0, 0.0
	a, b = x/y, x/y
	println(a == b)
}
