// A deferred call of a pointer method on a variable acts on that variable
// (its address is taken at the defer statement), whether the variable is a
// local, a field reached through a pointer, an array element or a captured
// variable; a deferred value method gets the receiver's value at the defer
// statement.
package main

type box struct{ n int }

func (b box) Show()      { println("value", b.n) }
func (b *box) Set(n int) { b.n = n }

type outer struct {
	box
	inner box
}

func (o *outer) run() {
	defer o.inner.Set(8)
	defer o.box.Set(9)
}

func main() {
	var b box
	b.n = 1
	defer b.Show()
	defer b.Set(10)
	b.n = 2

	var o outer
	func() {
		defer o.Set(3)
		defer o.Show()
		o.n = 4
	}()
	println(o.n)
	p := &outer{}
	p.run()
	println(p.inner.n, p.n)

	arr := [2]box{}
	func() { defer arr[1].Set(5) }()
	println(arr[1].n)
	m := map[int]*box{1: {}}
	func() { defer m[1].Set(6) }()
	println(m[1].n)

	var c box
	func() {
		for i := 0; i < 3; i++ {
			defer c.Set(c.n + i)
		}
	}()
	println(c.n)
}
