package main

// Continuing iteration after the loop body said stop is a runtime error
// that gc reports with its own message.

func bad(yield func(int) bool) {
	yield(1)
	yield(2)
}

func main() {
	defer func() {
		println("recovered:", recover().(error).Error())
	}()
	for v := range bad {
		println(v)
		break
	}
	println("not reached")
}
