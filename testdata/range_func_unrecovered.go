package main

// An unrecovered panic in a range-over-func body: the iterator's defers
// run, then the defers the body pushed for its function, then gc's report.

func seq(yield func(int) bool) {
	defer println("iterator cleanup")
	for i := 0; ; i++ {
		if !yield(i) {
			return
		}
	}
}

func run() {
	defer println("run deferred")
	for v := range seq {
		defer println("body deferred", v)
		if v == 2 {
			var m map[string]int
			m["x"] = v
		}
	}
}

func main() {
	run()
}
