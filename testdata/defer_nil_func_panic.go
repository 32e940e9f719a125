package main

// Deferring a nil func value panics when the deferred call would run (at
// function exit), not at the defer statement.

func f() {
	var g func()
	defer g()
	println("body runs")
}

func main() {
	defer func() {
		println("recovered:", recover().(error).Error())
	}()
	f()
}
