package main

// Unrecovered panics with plain basic values: gc prints them with a type
// annotation for some kinds; a chain shows each.

func main() {
	defer func() { panic(2.5) }()
	defer func() { panic(uint8(7)) }()
	defer func() { panic(true) }()
	defer func() { panic(int64(-9)) }()
	panic("plain string")
}
