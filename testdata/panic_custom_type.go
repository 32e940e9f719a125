package main

// Panicking with values of named basic types: gc prints the type name and
// the value.

type code int

func main() {
	defer func() {
		r := recover()
		println("recovered code", int(r.(code)))
		panic(code(7))
	}()
	panic(code(1))
}
