package main

// A goroutine spinning in a loop without calls does not starve the others,
// even with GOMAXPROCS=1: sysmon preempts it at its loop back-edge.

var sink int

func spin() {
	for {
		sink++
	}
}

func main() {
	go spin()
	go spin()
	c := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			c <- i
		}
	}()
	for i := 0; i < 3; i++ {
		println(<-c)
	}
	println("main exits while others spin")
}
