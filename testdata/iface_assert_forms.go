package main

// Type assertions, single and comma-ok forms, to concrete and interface
// types; failed comma-ok gives zero values.

type reader interface{ read() int }
type writer interface{ write(int) }
type rw interface {
	reader
	writer
}

type file struct{ data int }

func (f *file) read() int   { return f.data }
func (f *file) write(v int) { f.data = v }

type ro struct{}

func (ro) read() int { return 42 }

func main() {
	var r reader = &file{7}
	f, ok := r.(*file)
	println(ok, f.data)
	w, ok := r.(writer)
	println(ok)
	w.write(9)
	println(r.read())
	both := r.(rw)
	both.write(11)
	println(both.read(), f.data)
	r = ro{}
	_, ok = r.(writer)
	println(ok)
	f2, ok := r.(*file)
	println(ok, f2 == nil)
	v, ok := r.(ro)
	println(ok, v.read())
	var e any = 3
	s, ok := e.(string)
	println(ok, len(s))
	n, ok := e.(int)
	println(ok, n)
	var nilr reader
	_, ok = nilr.(*file)
	println(ok)
	_, ok = nilr.(any)
	println(ok)
	x := e.(any)
	println(x.(int))
}
