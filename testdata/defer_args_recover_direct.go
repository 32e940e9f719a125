// recover in a function deferred with arguments (`defer handler(&err)`,
// fmt's scanning does this): the deferred call goes through a thunk that
// saved the arguments, and recover must still see the panicking frame as
// its caller's, so the thunk tail-calls the function. Methods, interface
// methods and closures deferred with arguments likewise.
package main

import "errors"

type scanError struct{ err error }

func handler(errp *error) {
	if e := recover(); e != nil {
		if se, ok := e.(scanError); ok {
			*errp = se.err
		} else {
			panic(e)
		}
	}
}

func scan(x int) (n int, err error) {
	defer handler(&err)
	for i := 0; i < 3; i++ {
		if i == x {
			panic(scanError{errors.New("bad input")})
		}
		n++
	}
	return
}

type R struct{ name string }

func (r *R) catch(tag string, n int) {
	println(r.name, tag, n, "recovered:", recover() != nil)
}

type Catcher interface{ catch(string, int) }

func viaMethod() {
	r := &R{"method"}
	defer r.catch("m", 1)
	panic("p1")
}

func viaIface() {
	var c Catcher = &R{"iface"}
	defer c.catch("i", 2)
	panic("p2")
}

func viaClosure() {
	defer func(s string, v int) {
		println("closure", s, v, recover() != nil)
	}("c", 3)
	panic("p3")
}

func notRecovered() (r any) {
	defer func() { r = recover() }()
	defer handler(nil)
	panic("not a scanError")
}

func main() {
	n, err := scan(1)
	println(n, err.Error())
	n, err = scan(5)
	println(n, err == nil)
	viaMethod()
	viaIface()
	viaClosure()
	println(notRecovered().(string))
	for i := 0; i < 2; i++ {
		func() {
			defer handler(nil)
			println("loop", i)
		}()
	}
}
