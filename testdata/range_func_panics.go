package main

// Run-time errors of misbehaving iterators, and panics crossing an
// iterator: the iterator's defers run, the loop's function recovers.

var saved func(int) bool

func keep(yield func(int) bool) {
	saved = yield
	yield(1)
}

func swallow(yield func(int) bool) {
	defer func() {
		r := recover()
		println("iterator recovered:", r.(string))
	}()
	yield(1)
}

func retry(yield func(int) bool) {
	defer func() {
		recover()
		yield(2)
	}()
	yield(1)
}

func seq(yield func(int) bool) {
	defer println("seq cleanup")
	for i := 0; ; i++ {
		if !yield(i) {
			return
		}
	}
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			_, rt := err.(interface{ RuntimeError() })
			println(name+":", err.Error(), rt)
			return
		}
		println(name+":", r.(string))
	}()
	f()
}

func main() {
	try("after exit", func() {
		for v := range keep {
			println("body", v)
		}
		saved(2)
	})
	try("swallowed", func() {
		for v := range swallow {
			panic("boom " + string(rune('0'+v)))
		}
	})
	try("after panic", func() {
		for v := range retry {
			println("retry body", v)
			panic("first")
		}
	})
	try("through", func() {
		for v := range seq {
			if v == 2 {
				panic("stop at two")
			}
			println("seq", v)
		}
	})
	defer println("main deferred")
	for v := range seq {
		defer println("deferred in body", v)
		if v == 1 {
			break
		}
	}
	println("end of main")
}
