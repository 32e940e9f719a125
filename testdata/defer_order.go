package main

// Deferred calls run in LIFO order when the function returns, after the
// result is computed; arguments are evaluated at the defer statement.

func trace(s string) string {
	println("enter", s)
	return s
}

func un(s string) { println("leave", s) }

func nested() {
	defer un(trace("nested"))
	println("in nested")
}

func args() {
	x := 1
	defer println("deferred x =", x)
	x = 2
	p := &x
	defer func() { println("closure sees x =", *p) }()
	x = 3
}

func result() int {
	v := 10
	defer func() { v = 99 }()
	return v
}

func main() {
	for i := 0; i < 3; i++ {
		defer println("loop defer", i)
	}
	defer un(trace("main"))
	nested()
	args()
	println(result())
	println("end of main")
}
