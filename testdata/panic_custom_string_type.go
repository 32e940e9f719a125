package main

// Panicking with a named string type and a named float type.

type reason string

func main() {
	defer func() {
		r := recover()
		println("got", string(r.(reason)))
		type ratio float64
		panic(ratio(0.5))
	}()
	panic(reason("bad input"))
}
