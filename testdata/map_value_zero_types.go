package main

// Missing keys yield the zero value of every value type.

type s struct {
	a int
	b string
	c [2]bool
}

func main() {
	println(map[int]string{}[1] == "")
	println(map[int]float64{}[1])
	println(map[int]bool{}[1])
	println(map[int][]int{}[1] == nil)
	println(map[int]map[int]int{}[1] == nil)
	println(map[int]*int{}[1] == nil)
	println(map[int]func(){}[1] == nil)
	println(map[int]any{}[1] == nil)
	z := map[int]s{}[7]
	println(z.a, z.b == "", z.c[0], z.c[1])
	println(map[int][4]byte{}[0][3])
	println(map[int]complex128{}[0] == 0)
	v, ok := map[string]s{"k": {1, "x", [2]bool{true, false}}}["k"]
	println(v.a, v.b, v.c[0], ok)
}
