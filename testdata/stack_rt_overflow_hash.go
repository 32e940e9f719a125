package main

// Hashing a map key nested ten million levels deep overflows the goroutine
// stack: Go's fatal error, not a corrupted heap.

type N struct{ next any }

func main() {
	var x any = "leaf"
	for i := 0; i < 10000000; i++ {
		x = N{x}
	}
	m := map[any]bool{}
	println("built")
	m[x] = true
	println(len(m))
}
