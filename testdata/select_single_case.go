package main

// Selects with a single case (the plain operation) and with one case plus
// default (non-blocking send and receive), on open, full, closed and nil
// channels.

func main() {
	c := make(chan int, 1)
	select {
	case c <- 1:
		println("blocking send")
	}
	select {
	case v := <-c:
		println("blocking receive", v)
	}
	select {
	case c <- 2:
		println("non-blocking send")
	default:
		println("no room")
	}
	select {
	case c <- 3:
		println("non-blocking send")
	default:
		println("no room")
	}
	select {
	case v, ok := <-c:
		println("non-blocking receive", v, ok)
	default:
		println("nothing")
	}
	select {
	case v, ok := <-c:
		println("non-blocking receive", v, ok)
	default:
		println("nothing")
	}
	var nilc chan int
	select {
	case nilc <- 1:
		println("nil send")
	default:
		println("nil send not ready")
	}
	select {
	case <-nilc:
		println("nil receive")
	default:
		println("nil receive not ready")
	}
	close(c)
	select {
	case v, ok := <-c:
		println("closed receive", v, ok)
	default:
		println("nothing")
	}
	var got int
	select {
	case got = <-c:
		println("closed single case", got)
	}
	u := make(chan string)
	go func() { u <- "hand-off" }()
	select {
	case s := <-u:
		println(s)
	}
	done := make(chan bool)
	go func() {
		println("received", <-u)
		done <- true
	}()
	select {
	case u <- "sent":
	}
	<-done
	defer func() { println("recovered:", recover().(error).Error()) }()
	select {
	case c <- 9:
	default:
		println("unreachable")
	}
}
