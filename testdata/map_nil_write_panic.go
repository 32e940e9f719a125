package main

// Writing to a nil map panics with gc's message.

func main() {
	var m map[string]int
	println("before", len(m))
	m["x"] = 1
	println("not reached")
}
