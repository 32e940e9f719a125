package main

// Defers and recover in init functions while package variables are
// initialised by calls and function literals: main..init must leave
// through its own exit path when a panic escapes an initialiser.

var trace []string

func note(s string) int {
	trace = append(trace, s)
	return len(trace)
}

var first = note("first")

var double = func() func(int) int {
	k := note("double")
	return func(x int) int { return x * 2 * k }
}()

var named = withDefer()

func withDefer() (r int) {
	defer func() { r += 100 }()
	return note("withDefer")
}

func init() {
	defer func() { println("init.0 deferred, first =", first) }()
	println("init.0 body")
}

func init() {
	defer func() {
		r := recover()
		println("init.1 recovered:", r.(string))
	}()
	println("init.1 double(5) =", double(5))
	panic("in init.1")
}

func init() {
	for i := range 2 {
		defer println("init.2 loop defer", i)
	}
}

func main() {
	println("main", first, named, len(trace))
	for _, s := range trace {
		println(s)
	}
}
