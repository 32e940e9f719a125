package main

// Bool keys and counting with them.

func main() {
	m := map[bool]int{}
	for i := 0; i < 25; i++ {
		m[i%3 == 0]++
	}
	println(len(m), m[true], m[false])
	names := map[bool]string{true: "yes", false: "no"}
	println(names[1 < 2], names[2 < 1])
	delete(names, true)
	println(len(names), names[true] == "")
}
