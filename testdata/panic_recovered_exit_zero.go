package main

// After a recovered panic the program continues normally and exits with
// status 0, deferred calls of main still run.

func risky(n int) (res int) {
	defer func() {
		if recover() != nil {
			res = -n
		}
	}()
	if n%2 == 1 {
		panic("odd")
	}
	return n
}

func main() {
	defer println("main deferred")
	total := 0
	for i := 0; i < 10; i++ {
		total += risky(i)
	}
	println(total)
}
