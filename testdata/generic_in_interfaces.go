package main

// Generic types implementing ordinary interfaces, generic interfaces with
// type parameters in methods, and assertions to instantiated types.

type getter[T any] interface{ get() T }

type constant[T any] struct{ v T }

func (c constant[T]) get() T { return c.v }

type counterG struct{ n int }

func (c *counterG) get() int { c.n++; return c.n }

func sumAll[T int | float64](gs []getter[T]) T {
	var t T
	for _, g := range gs {
		t += g.get()
	}
	return t
}

type sizer interface{ size() int }

type vec[T any] []T

func (v vec[T]) size() int { return len(v) }

func main() {
	gs := []getter[int]{constant[int]{5}, &counterG{10}, constant[int]{1}}
	println(sumAll(gs), sumAll(gs))
	var s sizer = vec[string]{"a", "b"}
	println(s.size())
	var e any = constant[string]{"hi"}
	if c, ok := e.(constant[string]); ok {
		println("constant[string]", c.get())
	}
	_, ok := e.(constant[int])
	println(ok)
	switch e.(type) {
	case getter[int]:
		println("getter[int]")
	case getter[string]:
		println("getter[string]")
	}
	fg := []getter[float64]{constant[float64]{1.25}}
	println(sumAll(fg))
}
