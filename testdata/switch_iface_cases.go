// A switch whose tag is concrete and whose cases are interfaces compares
// the tag converted to the case's interface type.
package main

import "fmt"

type fooer interface{ foo() }
type myint int

func (myint) foo() {}

func main() {
	var t int
	var i any = 0
	switch t {
	case i:
		fmt.Println("int tag, any case")
	default:
		fmt.Println("wrong")
	}
	var m myint = 3
	var f fooer = myint(3)
	switch m {
	case f:
		fmt.Println("myint tag, fooer case")
	}
	var e any = "x"
	for _, s := range []string{"x", "y", "z"} {
		switch s {
		case "y", e:
			fmt.Println(s, "matched")
		default:
			fmt.Println(s, "no")
		}
	}
	var nilcase any
	switch 0 {
	case nilcase:
		fmt.Println("wrong")
	default:
		fmt.Println("nil interface case does not match")
	}
}
