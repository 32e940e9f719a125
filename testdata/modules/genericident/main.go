// Instances of a generic type made in two packages are one type:
// values pass between the packages, satisfy a generic interface and
// compare equal through interfaces; type assertions tell instances apart.
package main

import (
	"example.com/genericident/a"
	"example.com/genericident/g"
)

func main() {
	b := a.New()
	b.Set(b.Get() + 1)
	println(a.Take(b), a.Take(g.Make(7)))
	var gi g.Getter[int] = b
	println(gi.Get())
	x := a.AsAny()
	s, ok := x.(g.Box[string])
	println(s.V, ok)
	_, ok = x.(g.Box[int])
	println(ok)
	var y any = g.Box[int]{3}
	var z any = a.New()
	println(y == z, y == any(g.Make(3)))
}
