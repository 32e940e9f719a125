package main

// An interface's own method and an embedded one with the same name must
// agree; identical ones merge.

type R interface{ read() int }

type W interface{ read() int; write(b []byte) }

type Both interface {
	R
	W
}

type Clash interface {
	read() string
	R // ERROR "duplicate method read"
}

type Twice interface {
	write(s string)
	write(s string) // ERROR "duplicate method write"
}

func main() {
	var b Both
	_ = b
}
