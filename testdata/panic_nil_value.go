package main

// panic(nil) is a runtime.PanicNilError since Go 1.21: recover returns a
// non-nil error.

func main() {
	defer func() {
		r := recover()
		println(r != nil)
		println(r.(error).Error())
		panic(nil)
	}()
	panic(nil)
}
