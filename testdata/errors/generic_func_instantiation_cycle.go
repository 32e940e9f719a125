package main

// A generic function whose instances each call a bigger instance.

func grow[T any](n int) { // ERROR "instantiation cycle"
	if n > 0 {
		grow[[]T](n - 1)
	}
}

func main() {
	grow[int](3)
}
