package main

// Calling a method on a nil interface value is a nil pointer dereference.

type runner interface{ run() int }

func main() {
	var r runner
	println("calling")
	println(r.run())
}
