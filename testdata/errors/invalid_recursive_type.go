package main

// Invalid recursive types: a struct containing itself directly or through
// an array, and mutually recursive structs.

type A struct { // ERROR "invalid recursive type: A refers to itself"
	a A
}

type B struct { // ERROR "invalid recursive type: B refers to itself"
	arr [2]B
}

type C struct{ d D } // ERROR "invalid recursive type C"
type D struct{ c C }

type OK struct {
	next *OK
	kids []OK
	m    map[string]OK
}

func main() {}
