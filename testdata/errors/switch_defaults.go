package main

func main() {
	x := 1
	switch x {
	case 1:
	default:
	default: // ERROR "multiple defaults \(first at "
	}
	println(x)
}
