package main

var calls int

func t(name string) bool {
	calls++
	print(name, " ")
	return true
}

func f(name string) bool {
	calls++
	print(name, " ")
	return false
}

func main() {
	println(t("a") && f("b") && t("c"))
	println(f("a") && t("b"))
	println(t("a") || t("b"))
	println(f("a") || f("b") || t("c"))
	println(!t("x"), !!f("y"))
	println(t("p") && (f("q") || t("r")))
	println(calls)
	var b bool
	println(b, !b, b == false, b != true)
	x, y := true, false
	println(x == y, x != y, x && !y, x || y)
	arr := [4]bool{true, false, true}
	n := 0
	for _, v := range arr {
		if v {
			n++
		}
	}
	println(n)
	type flags struct{ a, b bool }
	println(flags{true, false} == flags{true, false}, flags{} == flags{a: true})
	c := 3 > 2 == (1 < 2)
	println(c)
}
