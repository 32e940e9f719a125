package main

// A defer inside a range-over-func loop body belongs to the enclosing
// function: it runs when the function returns, after the iterator ends.

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
		println("iterator done")
	}
}

func run() (sum int) {
	defer println("run returns")
	for i := range seq(3) {
		defer func() {
			println("deferred", i)
			sum += i * 10
		}()
		sum += i
	}
	println("after loop", sum)
	return sum
}

func main() {
	println(run())
}
