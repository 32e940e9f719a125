package main

// Embedded interfaces, overlapping method sets (Go 1.14), interface
// conversion to a smaller interface, and calling through each view.

type reader interface{ read() string }
type closer interface{ close() int }
type readCloser interface {
	reader
	closer
}
type both interface {
	readCloser
	reader
	close() int
}

type res struct {
	name   string
	closed int
}

func (r *res) read() string { return "data from " + r.name }
func (r *res) close() int   { r.closed++; return r.closed }

func useReader(r reader) string { return r.read() }

func main() {
	r := &res{name: "disk"}
	var rc readCloser = r
	println(useReader(rc))
	var c closer = rc
	c.close()
	println(rc.close(), r.closed)
	var b both = r
	println(b.read(), b.close())
	rc = b
	var rd reader = b
	println(rd.read(), rc.close())
}
