package main

// Order of evaluation inside one expression, as gc orders it: function
// calls, the value builtins (len cap append copy make min max new
// complex real imag recover), slice expressions, string-to-slice
// conversions and whole && / || operators are evaluated left to right
// first; plain variable reads, indexing and dereferences come after them.

var gk = 1
var gm = map[int]int{}

func main() {
	var m map[int]int
	k := 1
	m = map[int]int{}
	ch := func() int { k = 2; return 10 }
	m[k] = ch()
	println("m[1]", m[1], "m[2]", m[2])
	gm[gk] = func() int { gk = 5; gm = map[int]int{}; return 3 }()
	println(len(gm), gm[1], gm[5])

	n := 0
	idx := func() int { n++; return 0 }
	b := []int{1, 2}
	b[idx()] += func() int { n += 10; return 5 }()
	println(n, b[0])

	x := 1
	fx := func() int { x = 100; return 1 }
	println(x + fx())
	println(gk + func() int { gk = 50; return 1 }())
	w := x + func() int { x = 10; return 0 }() + x
	println(w)

	s := []int{1, 2, 3}
	println(len(s) + func() int { s = s[:1]; return 0 }())
	s = []int{1, 2, 3}
	println(cap(s[:2]) + func() int { s = nil; return 0 }())
	s = []int{1, 2, 3}
	println(s[1:][0] + func() int { s = []int{7, 8, 9}; return 0 }())
	println(s[0] + func() int { s = []int{4, 5}; return 0 }())

	c := complex(1, 2)
	println(real(c) + func() float64 { c = complex(5, 5); return 0 }())
	println(imag(c) + func() float64 { c = complex(6, 6); return 0 }())

	bb := true
	println((bb && true) == func() bool { bb = false; return false }())
	bb = false
	println((bb || false) == func() bool { bb = true; return true }())

	a := 1
	println(min(a, 3) + func() int { a = 0; return 0 }())
	println(max(a, -1) + func() int { a = 9; return 0 }())

	p := new(int)
	*p = 5
	println(*p + func() int { *p = 6; return 0 }())

	str := "abc"
	bs := []byte(str)
	println(len([]byte(str)) + func() int { str = "z"; return 0 }())
	println(len(bs), string(bs[:1])+func() string { bs[0] = 'q'; return "" }())

	d := []int{1, 2, 3}
	println(copy(d, []int{9}) + func() int { d = nil; return 0 }())
	ap := append(d, 4)
	println(len(ap), len(append(d, 5))+func() int { d = d[:0]; return 0 }())

	// && / || right operands keep their own order.
	v := 1
	t := v == 1 && v+func() int { v = 40; return 0 }() == 1
	println(t, v)
}
