package main

// Go's channel panics are runtime.Errors printed without the
// "runtime error: " prefix; they can be recovered.

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		_, isRT := r.(interface{ RuntimeError() })
		println(name+":", err.Error(), isErr, isRT)
	}()
	f()
}

func main() {
	try("send", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("close closed", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("close nil", func() {
		var c chan bool
		close(c)
	})
	try("makechan", func() {
		n := -1
		_ = make(chan int, n)
	})
	// The goroutine panics whether close wakes it in the send or it sends
	// after the close.
	blocked := make(chan int)
	res := make(chan string)
	go func() {
		defer func() {
			res <- recover().(error).Error()
		}()
		blocked <- 1
	}()
	close(blocked)
	println("woken sender:", <-res)
	c := make(chan int)
	close(c)
	close(c)
}
