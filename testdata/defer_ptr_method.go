package main

// A deferred call of a pointer method on an addressable value takes the
// address when the defer statement runs; the value is read when the
// deferred call runs.

type C struct{ v int }

func (c *C) Set(n int) { c.v = n }

func (c C) Show() { println("show", c.v) }

type W struct {
	inner C
}

type E struct {
	C
}

func main() {
	var c C
	func() {
		defer c.Set(1)
		defer c.Show()
		c.v = 5
	}()
	println(c.v)

	w := &W{}
	func() {
		defer w.inner.Set(2)
	}()
	println(w.inner.v)

	var e E
	func() {
		defer e.Set(3)
	}()
	println(e.v)

	arr := [2]C{}
	i := 0
	func() {
		defer arr[i].Set(4)
		i = 1
	}()
	println(arr[0].v, arr[1].v)

	for k := 0; k < 3; k++ {
		func() {
			defer c.Set(c.v + 10)
		}()
	}
	println(c.v)
}
