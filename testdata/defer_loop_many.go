package main

// A large number of defers in a loop, all run in reverse order; deferred
// calls in a loop body that is itself a function literal run per call.

var sum, order int

func many(n int) {
	for i := 0; i < n; i++ {
		defer func(k int) {
			sum += k
			if k != n-1-order {
				println("out of order", k, order)
			}
			order++
		}(i)
	}
}

func perCall() {
	for i := 0; i < 3; i++ {
		func() {
			defer print("d", i, " ")
			print("b", i, " ")
		}()
	}
	println()
}

func main() {
	many(100000)
	println(sum, order)
	perCall()
}
