package main

type S string

func (s S) String() string { return "stringer" }

func main() {
	defer func() {
		defer func() {
			panic(uintptr(0xff))
		}()
		panic(S("x"))
	}()
	panic(true)
}
