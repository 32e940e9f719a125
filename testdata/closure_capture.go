package main

// Closures capture variables, not values: mutations inside are visible
// outside and vice versa; parameters and results can be captured too.

func main() {
	x := 1
	get := func() int { return x }
	set := func(v int) { x = v }
	println(get())
	x = 5
	println(get())
	set(9)
	println(x, get())

	s := []int{1, 2, 3}
	appendIt := func(v int) { s = append(s, v) }
	appendIt(4)
	appendIt(5)
	println(len(s), s[4])

	type pt struct{ a, b int }
	p := pt{1, 2}
	swap := func() { p.a, p.b = p.b, p.a }
	swap()
	println(p.a, p.b)

	arr := [3]int{}
	fill := func() {
		for i := range arr {
			arr[i] = i * 10
		}
	}
	fill()
	println(arr[2])

	copyX := x
	f := func() int { return copyX }
	x = 100
	println(f(), x)

	str := "a"
	grow := func() string { str += str; return str }
	grow()
	grow()
	n := len(grow())
	println(str, n)
}
