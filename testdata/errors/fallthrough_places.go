// Where `fallthrough` may not go, and what gc says about each place: the
// innermost switch decides, a type switch even from a nested block.
package main

func main() {
	n := 1
	var v any = n
	switch {
	case n > 0:
		fallthrough // fine
	case n > 1:
		fallthrough // ERROR "fallthrough statement out of place"
		n++
	case n > 2:
		if n > 3 {
			fallthrough // ERROR "fallthrough statement out of place"
		}
	default:
		{
			fallthrough // ERROR "fallthrough statement out of place"
		}
	}
	switch {
	default:
		n++
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	switch v.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch"
	case string:
		if n > 0 {
			fallthrough // ERROR "cannot fallthrough in type switch"
		}
	case bool:
		for {
			fallthrough // ERROR "fallthrough statement out of place"
		}
	default:
		switch {
		case n > 0:
			fallthrough // fine: the innermost switch is an expression switch
		default:
			fallthrough // ERROR "cannot fallthrough final case in switch"
		}
	}
}
