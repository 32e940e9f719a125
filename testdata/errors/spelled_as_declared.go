// Types in messages are spelled as the program spells them: an alias's
// name, and a package function's parameter names.
package main

import "strings"

type Count = int

func main() {
	c := Count(2)
	_ = c.Double() // ERROR "c.Double undefined \(type Count has no field or method Double\)"
	var n int = strings.Repeat // ERROR "cannot use strings.Repeat \(value of type func\(s string, count int\) string\) as int value in variable declaration"
	_ = n
}
