// A name that is not a type, used as one: gc says what it is.
package main

import "fmt" // ERROR "\"fmt\" imported and not used"

var level int

type Box struct{ v int }

func (b Box) Get(n int) (out int) {
	var _ b   // ERROR "b \(receiver\) is not a type"
	var _ n   // ERROR "n \(parameter\) is not a type"
	var _ out // ERROR "out \(result variable\) is not a type"
	var _ level // ERROR "level \(package-level variable\) is not a type"
	var _ fmt // ERROR "fmt \(package name\) is not a type"
	var _ *cap // ERROR "cap \(built-in function\) is not a type"
	var _ []nil // ERROR "nil \(untyped nil\) is not a type"
	var _ main // ERROR "main \(function\) is not a type"
	return 0
}

func main() {}
