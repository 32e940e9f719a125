package main

import (
	greet "example.com/Greet"
	"example.com/util"
)

func main() {
	println(greet.Hello("gopher"), util.OS())
	for _, f := range greet.Funcs() {
		print(f(), " ")
	}
	println()
	for _, f := range util.Funcs() {
		print(f(), " ")
	}
	println()
}
