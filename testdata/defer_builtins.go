package main

// Deferred builtins: panic (recovered by an earlier deferred closure that
// then sets the named result), print/println with operands evaluated at the
// defer statement, clear; `defer recover()` does not stop a panic (recover
// is the deferred call, not called by one), so the program dies.

func f() (r int) {
	defer func() {
		if e := recover(); e != nil {
			println("recovered", e.(string))
			r = 7
		}
	}()
	defer panic("deferred panic")
	return 1
}

func g() {
	defer recover()
	panic("not recovered by a direct deferred recover")
}

func main() {
	println(f())
	s := []int{1, 2, 3}
	func() {
		defer println("len", len(s), cap(s))
		defer print(1, 2.5, "x", true, '\n')
		s = append(s, 4)
	}()
	m := map[int]string{1: "a"}
	func() {
		defer clear(m)
		println(len(m))
	}()
	println(len(m))
	g()
}
