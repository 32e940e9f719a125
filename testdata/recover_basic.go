package main

// recover returns nil when not panicking, stops a panic when called
// directly by a deferred function, and the function returns normally
// with its named results.

func safeDiv(a, b int) (q int, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			q, ok = -1, false
		}
	}()
	return a / b, true
}

func noPanic() {
	defer func() {
		r := recover()
		println("recover without panic is nil:", r == nil)
	}()
}

func valuePanic() (s string) {
	defer func() {
		r := recover()
		s = r.(string) + " recovered"
	}()
	panic("boom")
}

func intPanic() (n int) {
	defer func() { n = recover().(int) * 2 }()
	panic(21)
}

func main() {
	println(recover() == nil)
	q, ok := safeDiv(7, 2)
	println(q, ok)
	q, ok = safeDiv(7, 0)
	println(q, ok)
	noPanic()
	println(valuePanic())
	println(intPanic())
	println("after all")
}
