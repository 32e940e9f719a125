package main

// Channel assignability and send values, and what a go statement accepts.

func main() {
	var s chan<- int
	var x int
	var c chan int = s                   // ERROR "cannot use s \(variable of type chan<- int\) as chan int value in variable declaration"
	var d chan<- string = make(chan int) // ERROR "cannot use make\(chan int\) \(value of type chan int\) as chan<- string value in variable declaration"
	go x // ERROR "expression in go must be function call"
	go len("a") // ERROR "go discards result of len\(\"a\"\) \(constant 1 of type int\)"
	go int(1) // ERROR "go requires function call, not conversion int\(1\) \(constant 1 of type int\)"
	s <- "a" // ERROR "cannot use \"a\" \(untyped string constant\) as int value in send"
	_, _ = c, d
}
