package main

// After recovering, a new unrelated panic with an error value from a later
// function is reported normally with its Error text.

type errT struct{}

func (errT) Error() string { return "custom failure" }

func safe() {
	defer func() { recover() }()
	panic("ignored")
}

func main() {
	safe()
	println("after safe")
	var e error = errT{}
	panic(e)
}
