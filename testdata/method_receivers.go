package main

// Value receivers get a copy; pointer receivers mutate the original.
// Automatic & and * when calling on addressable values and pointers.

type counter struct{ n int }

func (c counter) get() int   { return c.n }
func (c counter) bumpCopy()  { c.n++ }
func (c *counter) bump()     { c.n++ }
func (c *counter) add(k int) { c.n += k }

func main() {
	var c counter
	c.bump()
	c.bump()
	c.bumpCopy()
	println(c.get(), c.n)
	p := &c
	p.bump()
	p.bumpCopy()
	println(p.get(), c.n)
	(&c).add(10)
	(*p).add(100)
	println(c.n)
	arr := [3]counter{}
	arr[1].bump()
	arr[1].add(4)
	println(arr[0].n, arr[1].n, arr[1].get())
	s := []counter{{1}, {2}}
	s[0].bump()
	println(s[0].n, s[1].get())
	type wrap struct{ c counter }
	w := wrap{}
	w.c.add(3)
	println(w.c.get())
	pp := &w
	pp.c.bump()
	println(w.c.n)
	println(counter{42}.get())
}
