package main

// An unrecovered panic that a deferred call recovered and re-panicked:
// gc prints the chain with its marks and exits with status 2.

func main() {
	defer func() {
		recover()
		panic("again")
	}()
	defer println("first deferred")
	panic("original")
}
