package main

// Recovering from a different panic in each iteration of a loop, the
// function returning a value computed by the deferred closure each time.

func check(i int) (msg string) {
	defer func() {
		switch r := recover().(type) {
		case nil:
			msg = "fine"
		case string:
			msg = "string " + r
		case error:
			msg = "error " + r.Error()
		case int:
			msg = "int"
		}
	}()
	switch i % 4 {
	case 1:
		panic("s")
	case 2:
		var a []int
		_ = a[i]
	case 3:
		panic(i)
	}
	return "unreached?"
}

func main() {
	for i := 0; i < 8; i++ {
		println(i, check(i))
	}
}
