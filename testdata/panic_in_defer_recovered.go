package main

// A deferred function panicking while panicking replaces the panic; the
// recover in an earlier-registered defer sees the latest value.

func f() (s string) {
	defer func() { s = "recovered " + recover().(string) }()
	defer func() { panic("from defer") }()
	panic("original")
}

func g() (n int) {
	defer func() { n = recover().(int) }()
	for i := 1; i <= 3; i++ {
		defer func() { panic(i * 10) }()
	}
	panic(0)
}

func main() {
	println(f())
	println(g())
}
