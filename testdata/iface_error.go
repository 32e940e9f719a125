package main

// The predeclared error interface with user error types; a nil *T stored in
// error is not == nil; wrapping errors by hand.

type notFound struct{ key string }

func (e *notFound) Error() string { return "not found: " + e.key }

type code int

func (c code) Error() string { return "code " + string(rune('0'+int(c))) }

type wrapped struct {
	msg string
	err error
}

func (w wrapped) Error() string { return w.msg + ": " + w.err.Error() }
func (w wrapped) Unwrap() error { return w.err }

func find(k string) error {
	if k == "x" {
		return nil
	}
	if k == "c" {
		return code(7)
	}
	return &notFound{k}
}

func bad() error {
	var p *notFound
	return p
}

func main() {
	println(find("x") == nil)
	err := find("y")
	println(err.Error())
	if nf, ok := err.(*notFound); ok {
		println("key", nf.key)
	}
	println(find("c").Error())
	e := bad()
	println(e == nil, e != nil)
	w := wrapped{"loading", find("z")}
	var werr error = w
	println(werr.Error())
	inner := werr.(interface{ Unwrap() error }).Unwrap()
	println(inner.Error())
	println(find("c") == code(7), find("c") == error(code(8)))
}
