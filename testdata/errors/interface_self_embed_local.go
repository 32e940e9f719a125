package main

// Interfaces that embed themselves, at package level and in a function.

type P interface{ P } // ERROR "invalid recursive type: P refers to itself"

func main() {
	type R interface{ R } // ERROR "invalid recursive type: R refers to itself"
	type S interface {
		T // ERROR "undefined: T"
	}
	type T interface{ S }
	var r R
	var s S
	var t T
	_, _, _ = r, s, t
}
