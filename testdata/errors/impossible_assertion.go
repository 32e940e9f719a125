package main

// Type assertions that can never succeed are compile-time errors.

type closer interface{ close() }

type file struct{}

func (f *file) close() {}

type opener interface{ open() int }

type door struct{}

func (door) open() string { return "" }

func main() {
	var c closer = &file{}
	_ = c.(file) // ERROR "impossible type assertion: c\.\(file\)"
	var o opener
	_ = o.(door) // ERROR "impossible type assertion: o\.\(door\)"
	n := 5
	_ = n.(int) // ERROR "invalid operation: n \(variable of type int\) is not an interface"
}
