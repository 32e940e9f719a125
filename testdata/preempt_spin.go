package main

// A goroutine spinning in loops without calls must not starve the others,
// even at GOMAXPROCS=1: the goto loops below carry no preemption poll, so
// only asynchronous preemption (a signal) can stop them. The checksums
// computed across many preemptions show that every register, the flags
// and the floating-point registers survive them.

var flag, flag2 int

func spinFor(started, done chan int) {
	started <- 1
	n := 0
	for flag2 == 0 {
		n++
	}
	done <- n & 0
}

func spinUntilFlag(started, done chan int) {
	started <- 1
	n := 0
loop:
	n++
	if flag == 0 {
		goto loop
	}
	if n > 0 {
		done <- 1
	} else {
		done <- 0
	}
}

func checksum(seed int, iters int, out chan int) {
	a, b, c := seed, seed*7+1, seed^0x5555
	x, y := float64(seed)+0.25, 1.0
	i := 0
loop:
	a = a*1103515245 + 12345
	b ^= a >> 7
	c += b & 0xff
	x = x*1.0000001 + 0.5
	if x > 1e9 {
		x -= 1e9
	}
	y = y*0.999 + x*0.001
	i++
	if i < iters {
		goto loop
	}
	out <- a ^ b ^ c ^ int(x) ^ int(y*1000)
}

func main() {
	started := make(chan int)
	done := make(chan int)
	go spinUntilFlag(started, done)
	<-started
	flag = 1
	println("main ran while a goroutine spun:", <-done)

	out1 := make(chan int)
	out2 := make(chan int)
	go checksum(1, 60000000, out1)
	go checksum(2, 60000000, out2)
	println(<-out1)
	println(<-out2)

	go spinFor(started, done)
	<-started
	flag2 = 1
	println("and while one spun in a for loop:", <-done)
}
