// Selectors and other names that are not types, used as types.
package main

import (
	"fmt"
	"os"
)

type Box struct{ v int }

func other() {
	here := 1
	var _ (here) // ERROR "here \(local variable\) is not a type"
	var _ Box.v // ERROR "Box.v is not a type"
	var _ os.Args // ERROR "os.Args \(variable of type \[\]string\) is not a type"
	var _ fmt.Sprint // ERROR "fmt.Sprint \(value of type func\(a \.\.\.any\) string\) is not a type"
	var _ true // ERROR "true \(constant\) is not a type"
}

func main() {}
