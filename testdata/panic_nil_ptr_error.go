package main

type E struct{ n int }

func (e *E) Error() string { return "E" }

func get() error {
	var e *E
	return e
}

func main() {
	err := get()
	println(err != nil)
	defer func() {
		println("deferred runs")
	}()
	panic(err)
}
