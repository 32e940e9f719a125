package main

// Closures and defer interacting: deferred closures capture loop
// variables per iteration; deferred calls with closure arguments; a
// closure that registers defers in its own frame.

func main() {
	func() {
		for i := 0; i < 3; i++ {
			defer func() { print("c", i, " ") }()
		}
	}()
	println()
	x := 1
	func() {
		defer func(v int) { println("arg", v, "captured", x) }(x)
		x = 2
	}()
	total := 0
	add := func(n int) {
		defer func() { total += n }()
		total *= 10
	}
	add(1)
	add(2)
	add(3)
	println(total)
}
