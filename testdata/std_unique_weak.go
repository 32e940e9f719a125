// unique.Make canonicalises equal values; weak pointers (no collector yet:
// they never go nil) compare equal per address.
package main

import (
	"unique"
	"weak"
)

type point struct{ x, y int }

func main() {
	u1 := unique.Make("hello")
	u2 := unique.Make("hel" + "lo"[:2])
	u3 := unique.Make("world")
	println(u1 == u2, u1 == u3, u1.Value())
	p1 := unique.Make(point{3, 4})
	println(p1 == unique.Make(point{3, 4}), p1.Value().x)

	v := &point{5, 6}
	w1 := weak.Make(v)
	w2 := weak.Make(v)
	wy := weak.Make(&v.y)
	println(w1 == w2, w1.Value() == v, *wy.Value(), weak.Make((*point)(nil)).Value() == nil)
}
