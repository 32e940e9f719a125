// gc gives the first append to an empty local slice a 32-byte stack buffer,
// once per call of the function being compiled. A function literal that gc
// inlines shares that "once" with the function it is inlined into; one
// that gc does not inline (defer, recover, go, recursion, too costly) has
// its own. cap() shows which buffer an append got.
package main

var sink func(int)

func protect(f func()) {
	defer func() { recover() }()
	f()
}

func withDefer(tag string) {
	defer println("done", tag)
	for i := 0; i < 2; i++ {
		func() {
			var t []int
			t = append(t, i)
			println(tag, "direct", i, cap(t))
		}()
	}
}

func calledOnce() {
	for i := 0; i < 2; i++ {
		func() {
			s := []int{1, 2, 3, 4}
			t := s[0:0:0]
			t = append(t, 59)
			println("reslice", i, len(t), cap(t), s[0])
		}()
	}
}

func boundOnce() {
	f := func(i int) {
		var t []int
		t = append(t, i)
		println("bound", i, cap(t))
	}
	for i := 0; i < 3; i++ {
		f(i)
	}
}

func twoSites() {
	g := func(i int) {
		var t []byte
		t = append(t, byte(i))
		println("two sites", i, cap(t))
	}
	for i := 0; i < 2; i++ {
		g(i)
		g(i + 10)
	}
}

func alsoAValue() {
	h := func(i int) {
		var t []int
		t = append(t, i)
		println("also a value", i, cap(t))
	}
	sink = h
	for i := 0; i < 2; i++ {
		h(i)
	}
	for i := 0; i < 2; i++ {
		protect(func() { h(i + 100) })
	}
	sink(5)
}

func cheapForTwoSites() {
	k := func(i int) {
		var t []int
		t = append(t, i)
		println("cheap", i, cap(t),
			i+1, i+2, i+3, i+4, i+5, i+6, i+7, i+8, i+9, i+10,
			i+11, i+12, i+13, i+14, i+15, i+16, i+17, i+18, i+19, i+20,
			i+21, i+22, i+23, i+24, i+25, i+26, i+27, i+28, i+29, i+30)
	}
	for i := 0; i < 2; i++ {
		k(i)
		k(i)
	}
}

func tooCostlyForTwoSites() {
	k := func(i int) {
		var t []int
		t = append(t, i)
		println("costly", i, cap(t),
			i+1, i+2, i+3, i+4, i+5, i+6, i+7, i+8, i+9, i+10,
			i+11, i+12, i+13, i+14, i+15, i+16, i+17, i+18, i+19, i+20,
			i+21, i+22, i+23, i+24, i+25, i+26, i+27, i+28, i+29, i+30,
			i+31, i+32, i+33, i+34, i+35, i+36, i+37, i+38, i+39, i+40,
			i+41, i+42, i+43, i+44, i+45, i+46, i+47, i+48, i+49, i+50,
			i+51, i+52, i+53, i+54, i+55, i+56, i+57, i+58, i+59, i+60)
	}
	for i := 0; i < 2; i++ {
		k(i)
		k(i)
	}
}

func neverInlined() {
	for i := 0; i < 2; i++ {
		func() {
			defer func() {}()
			var t []int
			t = append(t, i)
			println("defer", i, cap(t))
		}()
		func() {
			_ = recover()
			var t []int
			t = append(t, i)
			println("recover", i, cap(t))
		}()
	}
	var rec func(n int)
	rec = func(n int) {
		var t []int
		t = append(t, n)
		println("recursive", n, cap(t))
		if n > 0 {
			rec(n - 1)
		}
	}
	rec(2)
	done := make(chan bool)
	for i := 0; i < 2; i++ {
		go func() {
			var t []int
			t = append(t, i)
			println("go", i, cap(t))
			done <- true
		}()
		<-done
	}
	for i := 0; i < 2; i++ {
		defer func() {
			var t []int
			t = append(t, i)
			println("deferred", i, cap(t))
		}()
	}
}

func nested() {
	for i := 0; i < 2; i++ {
		func() {
			for j := 0; j < 2; j++ {
				func() {
					var t []int32
					t = append(t, int32(j))
					println("nested", i, j, cap(t))
				}()
			}
		}()
	}
}

func main() {
	calledOnce()
	calledOnce()
	boundOnce()
	twoSites()
	alsoAValue()
	cheapForTwoSites()
	tooCostlyForTwoSites()
	neverInlined()
	nested()
	withDefer("a")
	withDefer("b")
	protect(func() {
		for i := 0; i < 2; i++ {
			func() {
				var t []int
				t = append(t, i)
				println("in a passed literal", i, cap(t))
			}()
		}
	})
}
