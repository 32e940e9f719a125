package main

// Embedding T (not *T) does not promote T's pointer methods into the
// outer value's method set; generic types missing methods.

type grower interface{ grow() }

type animal struct{ size int }

func (a *animal) grow() { a.size++ }

type dog struct{ animal }

type box[T any] struct{ v T }

func (b box[T]) get() T { return b.v }

type getSetter interface {
	get() int
	set(int)
}

func main() {
	var g grower = dog{} // ERROR "cannot use dog\{\} \(value of struct type dog\) as grower value in variable declaration: dog does not implement grower \(method grow has pointer receiver\)"
	g = &dog{}
	var gs getSetter = box[int]{} // ERROR "cannot use box\[int\]\{\} \(value of struct type box\[int\]\) as getSetter value in variable declaration: box\[int\] does not implement getSetter \(missing method set\)"
	_, _ = g, gs
}
