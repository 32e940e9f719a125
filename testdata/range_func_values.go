package main

// Iteration values of every shape cross the yield call: large structs,
// arrays, strings, interfaces and slices; iteration variables are fresh
// per iteration and may have their address taken.

type big struct {
	a, b, c, d, e int
	s         string
}

func bigs(yield func(big, [3]int) bool) {
	for i := 1; i <= 3; i++ {
		if !yield(big{i, i * 2, i * 3, i * 4, i * 5, "b"}, [3]int{i, -i, i * i}) {
			return
		}
	}
}

func things(yield func(string, any) bool) {
	_ = yield("int", 1) && yield("str", "two") && yield("slice", []int{3}) && yield("nil", nil)
}

func main() {
	var ptrs []*big
	for b, arr := range bigs {
		ptrs = append(ptrs, &b)
		b.s += "!"
		println(b.a, b.e, b.s, arr[0], arr[1], arr[2])
	}
	for _, p := range ptrs {
		print(p.a, p.s, " ")
	}
	println()
	for name, v := range things {
		switch x := v.(type) {
		case int:
			println(name, "int", x)
		case string:
			println(name, "string", x)
		case []int:
			println(name, "slice", len(x), x[0])
		default:
			println(name, "other", x == nil)
		}
	}
	sum := 0
	for i := range func(yield func(int) bool) {
		for i := 0; i < 4 && yield(i); i++ {
		}
	} {
		sum += i
	}
	println(sum)
	var it func(func(int) bool)
	defer func() {
		println("recovered:", recover().(error).Error())
	}()
	for v := range it {
		println(v)
	}
}

func init() {
	var x any
	var s interface{ String() string }
	for x = range func(yield func(int) bool) { yield(42) } {
	}
	println("any", x.(int))
	for s = range func(yield func(name) bool) { yield("gopher") } {
	}
	println(s.String())
}

type name string

func (n name) String() string { return "name " + string(n) }
