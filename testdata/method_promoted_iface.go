package main

// Promoted methods count toward interface satisfaction: embedding T gives
// T's value methods; embedding *T gives all of T's methods.

type speaker interface{ speak() string }
type grower interface{ grow() }

type animal struct {
	name string
	size int
}

func (a animal) speak() string { return a.name + " speaks" }
func (a *animal) grow()        { a.size++ }

type dog struct{ animal }
type cat struct{ *animal }

func main() {
	d := dog{animal{"rex", 1}}
	var s speaker = d
	println(s.speak())
	var g grower = &d
	g.grow()
	g.grow()
	println(d.size)
	c := cat{&animal{"tom", 5}}
	var g2 grower = c
	g2.grow()
	println(c.size, c.speak())
	var x any = d
	_, ok := x.(grower)
	println(ok)
	x = c
	_, ok = x.(grower)
	println(ok)
}
