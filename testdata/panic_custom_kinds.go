package main

// Unrecovered panics with values of named types of every basic kind, as
// a chain: each deferred function panics again while panicking; gc prints
// every value with its type name.

type flag bool
type small int8
type word uint16
type big uint64
type ratio float32
type cplx complex128
type text string
type addr uintptr

func main() {
	defer func() { panic(addr(4096)) }()
	defer func() { panic(text("multi word\tvalue")) }()
	defer func() { panic(cplx(complex(1, -2))) }()
	defer func() { panic(ratio(0.25)) }()
	defer func() { panic(big(1 << 63)) }()
	defer func() { panic(word(65535)) }()
	defer func() { panic(small(-128)) }()
	panic(flag(true))
}
