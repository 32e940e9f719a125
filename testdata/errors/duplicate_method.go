package main

// Duplicate methods and a method clashing with a field.

type T struct{ name int }

func (T) m()  {}
func (*T) m() {} // ERROR "method T\.m already declared at .*duplicate_method\.go:7:10"

func (t T) name() int { return 0 } // ERROR "field and method with the same name name"

type I interface {
	a()
	a() // ERROR "duplicate method a"
}

func main() {}
