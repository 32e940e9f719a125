package main

// A map from operator names to funcs used as a dispatch table.

func main() {
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	ops["div"] = func(a, b int) int { return a / b }
	println(ops["add"](3, 4), ops["sub"](3, 4), ops["mul"](3, 4), ops["div"](12, 4))
	f, ok := ops["mod"]
	println(f == nil, ok)
	if g := ops["mul"]; g != nil {
		println(g(6, 7))
	}
	total := 0
	for _, op := range ops {
		total += op(10, 2)
	}
	println(total)
	delete(ops, "add")
	println(len(ops), ops["add"] == nil)

	handlers := map[int]func() string{}
	for i := 0; i < 3; i++ {
		handlers[i] = func() string { return string(rune('a' + i)) }
	}
	println(handlers[0](), handlers[1](), handlers[2]())
}
