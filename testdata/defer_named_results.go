package main

// Deferred closures can read and modify named results after return
// assigned them: the classic 0 1 and 0 2 examples and more.

func c1() (i int) {
	defer func() { i++ }()
	return 0
}

func c2() (i int) {
	defer func() { i += 2 }()
	return i
}

func c3() (s string, n int) {
	defer func() {
		s += "!"
		n *= 10
	}()
	s, n = "x", 1
	return s + "y", n + 1
}

func c4() (err error) {
	defer func() {
		if err != nil {
			err = wrap{err}
		}
	}()
	return base{}
}

type base struct{}

func (base) Error() string { return "base" }

type wrap struct{ e error }

func (w wrap) Error() string { return "wrapped(" + w.e.Error() + ")" }

func c5() (r int) {
	defer func() { r *= 2 }()
	defer func() { r += 3 }()
	r = 1
	return
}

func observe() (r int) {
	defer func() { println("observed", r) }()
	return 42
}

func main() {
	var x int
	println(x, c1())
	println(x, c2()+2)
	s, n := c3()
	println(s, n)
	println(c4().Error())
	println(c5())
	println(observe())
}
