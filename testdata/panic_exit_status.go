package main

// An unrecovered panic after deferred calls ran: exit status 2 and all of
// main's deferred calls printed first, innermost first.

func level(n int) {
	defer println("unwinding level", n)
	if n == 0 {
		panic("deep")
	}
	level(n - 1)
}

func main() {
	defer println("main defer")
	level(3)
}
