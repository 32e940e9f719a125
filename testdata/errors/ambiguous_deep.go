package main

// Ambiguity is decided at the shallowest depth: a shallower method wins,
// two at the same depth collide, also through a shared embedded type.

type base struct{}

func (base) hello() string { return "base" }

type left struct{ base }
type right struct{ base }

type diamond struct {
	left
	right
}

type shadow struct {
	diamond
	x int
}

func (shadow) hello() string { return "shadow" }

type greeter interface{ hello() string }

func main() {
	var d diamond
	_ = d.hello()    // ERROR "ambiguous selector d\.hello"
	var g greeter = d // ERROR "cannot use d \(variable of struct type diamond\) as greeter value in variable declaration: diamond does not implement greeter \(ambiguous selector diamond\.hello\)"
	g = shadow{}
	_ = g
}
