package main

// Buffered channels: FIFO order, len and cap, values of several sizes,
// draining a closed channel, and receive with ok.

type big struct {
	a, b, c int64
	s    string
}

func main() {
	c := make(chan int, 4)
	println(len(c), cap(c))
	for i := 1; i <= 4; i++ {
		c <- i * 10
	}
	println(len(c), cap(c))
	println(<-c, <-c)
	c <- 50
	c <- 60
	close(c)
	for v := range c {
		println("drain", v)
	}
	v, ok := <-c
	println(v, ok, len(c))

	var nilc chan string
	println(len(nilc), cap(nilc), nilc == nil)

	bc := make(chan big, 2)
	bc <- big{1, 2, 3, "x"}
	bc <- big{4, 5, 6, "yz"}
	b1 := <-bc
	b2, ok2 := <-bc
	println(b1.a+b1.b+b1.c, b1.s, b2.a+b2.b+b2.c, b2.s, ok2)

	ss := make(chan []int, 1)
	ss <- []int{1, 2, 3}
	s := <-ss
	println(len(s), s[2])

	cc := make(chan chan int, 1)
	inner := make(chan int, 1)
	cc <- inner
	(<-cc) <- 99
	println(<-inner)

	var e struct{}
	ec := make(chan struct{}, 3)
	ec <- e
	ec <- struct{}{}
	println(len(ec))
	<-ec
	println(len(ec))

	fc := make(chan float64, 1)
	fc <- 2.5
	println(<-fc * 2)
}
