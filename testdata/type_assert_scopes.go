// A failed assertion between types that print alike says why they differ.
package main

import "fmt"

type T struct{}

var X interface{}

func set() {
	type T struct{}
	X = T{}
}

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	set()
	try(func() { _ = X.(T) })
	X = T{}
	try(func() {
		type T struct{}
		_ = X.(T)
	})
	try(func() { _ = X.(int) })
}
