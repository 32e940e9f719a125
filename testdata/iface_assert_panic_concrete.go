package main

// A failing single-value assertion to a concrete type panics with gc's
// "interface conversion" message.

type T struct{ x int }

func main() {
	var e any = "hello"
	println(e.(string))
	t := e.(T)
	println(t.x)
}
