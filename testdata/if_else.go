package main

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 {
		return "even"
	} else {
		return "odd"
	}
}

func main() {
	for _, n := range []int{-5, 0, 4, 7} {
		println(n, classify(n))
	}
	x := 10
	if x := 5; x > 3 {
		println("inner x", x)
	} else {
		println("unreachable", x)
	}
	println("outer x", x)
	if y := x * 2; y > 100 {
		println("big", y)
	} else if z := y + 1; z > 20 {
		println("z", z, y)
	} else {
		println("else", y, z)
	}
	if true {
		println("true branch")
	}
	if false {
		println("never")
	}
	cond := x > 5 && x < 20
	if cond {
		println("in range")
	}
}
