package main

// panic(T{1}) with a struct value: recover returns the same value with
// its dynamic type; pointers and slices panicked are the same objects.

type T struct{ x int }

type list []int

func catch(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return nil
}

func main() {
	r := catch(func() { panic(T{1}) })
	t, ok := r.(T)
	println(ok, t.x, r == T{1}, r == T{2})
	p := &T{5}
	r = catch(func() { panic(p) })
	println(r.(*T) == p, r.(*T).x)
	l := list{1, 2}
	r = catch(func() { panic(l) })
	r.(list)[0] = 100
	println(l[0], len(r.(list)))
	r = catch(func() { panic([2]string{"a", "b"}) })
	println(r.([2]string)[1])
	r = catch(func() {})
	println(r == nil)
}
