package main

// Interface method values and expressions across signatures: several
// results, out-pointer (memory) results, variadic parameters (spread and
// packed), embedded interfaces (the method index in the flattened method
// list), error.Error, deferred method values and method expressions, and
// method values stored in maps; a method value keeps the interface value
// it was taken from.

type big struct{ a, b, c, d int }

type reader interface {
	read(n int, sep string) (string, int)
}

type closer interface{ close() error }

type rc interface {
	reader
	closer
	grow(f float64, xs ...int) big
}

type file struct{ name string }

func (f *file) read(n int, sep string) (string, int) {
	s := ""
	for i := 0; i < n; i++ {
		s += f.name + sep
	}
	return s, len(s)
}

func (f *file) close() error { println("close", f.name); return nil }

func (f *file) grow(x float64, xs ...int) big {
	t := 0
	for _, v := range xs {
		t += v
	}
	return big{len(f.name), int(x * 2), t, len(xs)}
}

type errT struct{}

func (errT) Error() string { return "boom" }

func main() {
	var v rc = &file{"a"}
	rd := v.read
	s, n := rd(3, ",")
	println(s, n)
	g := v.grow
	println(g(1.5, 1, 2, 3).c, g(0.25).b)
	gx := rc.grow
	b := gx(v, 2, []int{4, 5}...)
	println(b.a, b.b, b.c, b.d)
	rx := reader.read
	s, n = rx(v, 2, "-")
	println(s, n)
	cl := closer.close
	println(cl(v) == nil)
	var e error = errT{}
	msg := e.Error
	println(msg(), error.Error(e))
	defer v.close()
	defer rc.close(v)
	s1, n1 := rd(1, "!")
	defer println(s1, n1)
	var r reader = v
	r2 := r
	r = &file{"zz"}
	defer func() { println(r2.read(1, "")) }()
	fns := map[string]func(int, string) (string, int){"x": r.read}
	println(fns["x"](2, "."))
}
