package main

// Comparing two values nested ten million levels deep overflows the
// goroutine stack (Go's limit is 1 GB): a fatal error, never a wrong answer.

type N struct{ next any }

func chain(n int) any {
	var x any = 0
	for i := 0; i < n; i++ {
		x = N{x}
	}
	return x
}

func main() {
	a, b := chain(10000000), chain(10000000)
	println("built")
	println(a == b)
}
