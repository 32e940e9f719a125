package main

// recover only stops a panic when called directly by the deferred
// function; a helper called from the deferred function gets nil.

func helper() any { return recover() }

func indirect() (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = "outer caught " + r.(string)
		}
	}()
	defer func() {
		r := helper()
		println("helper got nil:", r == nil)
	}()
	panic("p1")
}

func directDefer() (out string) {
	defer func() {
		out = "caught by deferred helper: " + recover().(string)
	}()
	defer helperDeferred()
	panic("p2")
}

func helperDeferred() {
	// Deferred directly: this recover does stop the panic.
	r := recover()
	println("helperDeferred got", r.(string))
	panic("p3")
}

func main() {
	println(indirect())
	println(directDefer())
}
