package main

// Asserting a nil interface value panics.

type thing interface{ do() }

func main() {
	var t thing
	println("asserting")
	_ = t.(interface{ other() })
}
