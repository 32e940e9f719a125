package main

// The unhashable-key panic is a runtime.Error; it happens on lookups,
// assignments and deletes alike, with map and func dynamic types too.

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			println(name, e.Error())
		} else {
			println(name, "no panic")
		}
	}()
	f()
}

func main() {
	m := map[any]int{"a": 1}
	try("lookup", func() { _ = m[[]byte("x")] })
	try("assign", func() { m[map[int]int{}] = 1 })
	try("delete", func() { delete(m, func() {}) })
	try("commaok", func() { _, _ = m[[]int{}] })
	try("struct", func() { m[struct{ s []int }{}] = 1 })
	try("ok", func() { m["b"] = 2 })
	println(len(m))
}
