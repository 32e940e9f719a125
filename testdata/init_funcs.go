package main

var order []string

var ready = note("var")

func note(s string) bool {
	order = append(order, s)
	return true
}

func init() {
	note("init1")
}

func init() {
	note("init2")
	counter += 10
}

var counter = 5

func init() {
	note("init3")
}

func main() {
	note("main")
	for _, s := range order {
		print(s, " ")
	}
	println()
	println(ready, counter)
}
