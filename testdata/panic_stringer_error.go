package main

// An unrecovered panic whose value is a struct implementing error prints
// the Error() text, not the struct's fields or address.

type failure struct {
	op  string
	num int
}

func (f failure) Error() string { return "failure in " + f.op }

func main() {
	panic(failure{"parse", 3})
}
