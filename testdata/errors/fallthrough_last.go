package main

func main() {
	x := 1
	switch x {
	case 1:
		println("one")
	default:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
}
