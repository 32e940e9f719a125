package main

// gc gives a non-escaping local slice a 32-byte stack buffer for its first
// append to an empty slice, once per variable per call: in a loop, only the
// first iteration gets it; `s = nil` keeps the slice local.

func f(n int) {
	for i := range n {
		var t []int
		t = append(t, 40)
		println("loop", i, len(t), cap(t))
	}
}

func g() {
	var a []int
	a = append(a, 1)
	var b []int
	b = append(b, 2)
	println(cap(a), cap(b))
	for i := 0; i < 3; i++ {
		var t []byte
		t = append(t, 'x')
		println("bytes", cap(t))
	}
}

func a2() {
	var t []int
	for i := range 3 {
		t = nil
		t = append(t, 40)
		println("outer-var", i, cap(t))
	}
}

func b2() {
	for i := range 3 {
		var t []int
		if i%2 == 0 {
			t = append(t, 1)
		} else {
			t = append(t, 1, 2)
		}
		println("two-sites", i, cap(t))
	}
}

func c2() {
	for i := range 3 {
		var t []int
		t = append(t, 1)
		t = append(t, 2, 3, 4, 5)
		println("grow", i, cap(t))
	}
}

func d2() {
	for i := range 2 {
		for j := range 2 {
			var t []int
			t = append(t, 1)
			println("nested", i, j, cap(t))
		}
	}
}

func main() {
	f(3)
	f(2)
	g()
	a2()
	b2()
	c2()
	d2()
}
