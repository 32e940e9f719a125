package main

// Three panics in a chain: each deferred function panics while the
// previous panic is in progress; none recovered.

func main() {
	defer func() { panic("third") }()
	defer func() { panic("second") }()
	panic("first")
}
