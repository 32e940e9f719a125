package main

// Interface methods cannot have type parameters, even in Go 1.27.
type Codec interface {
	Encode[T any](v T) []byte // ERROR "interface method must have no type parameters" "undefined: T"
	Name() string
}

func main() {}
