package main

// An unrecovered panic in an init function runs that function's defers,
// then ends the program: later init functions and main never run.

var ready = setup()

func setup() bool {
	defer println("setup deferred")
	return true
}

func init() {
	defer func() { println("init.0 deferred, ready =", ready) }()
	panic("init.0 fails")
}

func init() { println("init.1 must not run") }

func main() { println("main must not run") }
