package main

// Type switch errors: switching on a non-interface, impossible cases,
// duplicate cases, unused binding.

type I interface{ m() }

type T struct{}

func main() {
	x := 5
	switch x.(type) { // ERROR "x \(variable of type int\) is not an interface"
	}
	var i I
	switch i.(type) {
	case T: // ERROR "impossible type switch case: T"
	case int, int: // ERROR "impossible type switch case: int" "duplicate case int in type switch"
	}
	switch y := i.(type) { // ERROR "y declared and not used"
	case nil:
	}
}
