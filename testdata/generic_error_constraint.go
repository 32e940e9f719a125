// The predeclared interface error as a type parameter's constraint:
// its method set is the requirement.
package main

type MyErr struct{ s string }

func (e *MyErr) Error() string { return e.s }

func As[E error](err error) (E, bool) {
	e, ok := err.(E)
	return e, ok
}

type Stringer interface{ String() string }

type S int

func (S) String() string { return "S" }

func Str[T Stringer](t T) string { return t.String() }

func main() {
	var err error = &MyErr{"boom"}
	e, ok := As[*MyErr](err)
	println(e.s, ok)
	_, ok2 := As[*MyErr](nil)
	println(ok2)
	println(Str(S(1)))
	var x error = e
	println(x.Error())
}
