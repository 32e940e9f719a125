package main

// Method sets with promoted methods: through embedded values and pointers at
// several depths, through embedded interfaces, ambiguous names excluded, and
// the value/pointer distinction seen by assertions and type switches.

type Namer interface{ Name() string }
type Counter interface {
	Inc()
	Count() int
}
type Both interface {
	Namer
	Counter
}

type core struct {
	id string
	n  int
}

func (c core) Name() string { return "core:" + c.id }
func (c *core) Inc()        { c.n++ }
func (c core) Count() int   { return c.n }

// Depth 2 by value, depth 3 through a pointer.
type mid struct{ core }
type outer struct{ mid }
type viaPtr struct{ *mid }
type deep struct{ viaPtr }

// Big carries enough data to be passed in memory.
type big struct {
	vals [6]int
	tag  string
}

func (b big) Sum() int {
	s := 0
	for _, v := range b.vals {
		s += v
	}
	return s
}
func (b big) Pair() (big, string) { return b, b.tag }

type Summer interface{ Sum() int }
type Pairer interface{ Pair() (big, string) }

type wrapsBig struct {
	pad int
	big
}

// An embedded interface field provides the methods.
type named struct{ Namer }

// Ambiguous: both embed a Name at the same depth.
type left struct{ core }
type right struct{ core }
type twin struct {
	left
	right
}

func describe(x any) string {
	switch v := x.(type) {
	case Both:
		return "both " + v.Name()
	case Counter:
		return "counter"
	case Namer:
		return "namer " + v.Name()
	default:
		return "none"
	}
}

func main() {
	o := outer{mid{core{"o", 1}}}
	var n Namer = o
	println(n.Name())
	var c Counter = &o
	c.Inc()
	c.Inc()
	println(c.Count(), o.n)
	println(describe(o), describe(&o))

	d := deep{viaPtr{&mid{core{"d", 10}}}}
	var b Both = d
	b.Inc()
	println(b.Name(), b.Count(), d.n)
	println(describe(d), describe(&d))

	w := wrapsBig{1, big{[6]int{1, 2, 3, 4, 5, 6}, "six"}}
	var s Summer = w
	println(s.Sum())
	var p Pairer = &w
	bb, tag := p.Pair()
	println(bb.vals[5], tag)

	var nm Namer = named{core{"inner", 0}}
	println(nm.Name())
	println(describe(named{o}))

	var x any = twin{}
	_, ok := x.(Namer)
	println("twin is Namer:", ok)
	_, ok = x.(Counter)
	println("twin is Counter:", ok)

	x = mid{}
	_, ok = x.(Counter)
	println("mid is Counter:", ok)
	x = &mid{}
	_, ok = x.(Counter)
	println("*mid is Counter:", ok)

	defer func() {
		println("recovered:", recover().(error).Error())
	}()
	var empty Namer = deep{}
	println(empty.Name())
}
