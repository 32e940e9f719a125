package main

// An unrecovered panic with an error value prints its Error() text.

type myErr struct{ code int }

func (e *myErr) Error() string { return "my error with code " + string(rune('0'+e.code)) }

func main() {
	defer println("deferred before crash")
	var err error = &myErr{4}
	panic(err)
}
