package main

// Recovering and re-panicking with a new value; a later deferred function
// in an outer frame recovers the new value.

func inner() {
	defer func() {
		r := recover()
		println("inner recovered", r.(string))
		panic("re-" + r.(string))
	}()
	panic("first")
}

func middle() {
	defer println("middle deferred runs")
	inner()
	println("not reached")
}

func outer() (res string) {
	defer func() { res = "outer got " + recover().(string) }()
	middle()
	return "normal"
}

func main() {
	println(outer())
	println("continuing")
}
