package main

var x = "package"

func show() string { return x }

func main() {
	println(x)
	x := 1
	println(x, show())
	{
		x := 2.5
		println(x)
		{
			x := "inner"
			println(x)
		}
		println(x)
	}
	println(x)
	if x := x * 10; x > 5 {
		println("if", x)
	}
	for x := 0; x < 2; x++ {
		x := x + 100
		println("for", x)
	}
	switch x := "sw"; x {
	case "sw":
		x := 3
		println("case", x)
	}
	println(x)
	a, b := 1, 2
	a, c := 3, 4
	println(a, b, c)
	{
		a, d := 5, 6
		println(a, d)
	}
	println(a)
	len := 3
	println(len)
	{
		true := false
		println(true)
	}
	type int = string
	var s int = "now a string"
	println(s)
}
