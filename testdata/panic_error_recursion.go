package main

// An Error method that recurses without end while the runtime prints the
// panic value: the recursion grows the stack to Go's limit and dies with
// the stack overflow error.

type E struct{ depth int }

func (e E) Error() string {
	return E{e.depth + 1}.Error()
}

func main() {
	println("start")
	panic(E{})
}
