// == on big structs and arrays: by bytes when they decide (no padding,
// floats, strings or interfaces), else element by element; gc's results for
// -0, NaN, strings with different data, blank fields and interface panics.
package main

import (
	"fmt"
	"math"
)

type R struct {
	a [40]uint32
	b [10]int64
}

type P struct {
	x int8
	y int64
	z [20]int16
}

type F struct{ v [12]float64 }

type S struct {
	s [10]string
	n int
}

type B struct {
	a, _ int64
	c    [8]int32
}

type I struct{ v [10]any }

func main() {
	var r1, r2 R
	fmt.Println(r1 == r2, r1 == R{})
	r2.b[9] = 1
	fmt.Println(r1 == r2)
	var p1, p2 P
	p2.z[19] = 3
	fmt.Println(p1 == p2, p1 == P{})
	var f1, f2 F
	f1.v[3] = math.Copysign(0, -1)
	fmt.Println(f1 == f2)
	f1.v[5] = math.NaN()
	fmt.Println(f1 == f1)
	var s1, s2 S
	s1.s[9] = "ab"
	s2.s[9] = string([]byte{'a', 'b'})
	fmt.Println(s1 == s2)
	s2.s[2] = "x"
	fmt.Println(s1 == s2)
	b1 := B{a: 1}
	b2 := B{a: 1}
	fmt.Println(b1 == b2)
	var i1, i2 I
	i1.v[7], i2.v[7] = 3, 3
	fmt.Println(i1 == i2)
	i2.v[7] = int64(3)
	fmt.Println(i1 == i2)
	a1 := [100]struct{ f float32 }{}
	a2 := a1
	a2[50].f = float32(math.Copysign(0, -1))
	fmt.Println(a1 == a2, a1 != a2)
	defer func() { fmt.Println(recover()) }()
	i1.v[0], i2.v[0] = []int{}, []int{}
	fmt.Println(i1 == i2)
}
