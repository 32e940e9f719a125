package main

// A buffered pipeline: four stages connected by channels of capacity 128.

func stage(in <-chan int, out chan<- int, k int) {
	for v := range in {
		out <- v*k + 1
	}
	close(out)
}

func main() {
	const n = 2000000
	src := make(chan int, 128)
	a := make(chan int, 128)
	b := make(chan int, 128)
	c := make(chan int, 128)
	go stage(src, a, 3)
	go stage(a, b, 5)
	go stage(b, c, 7)
	go func() {
		for i := 0; i < n; i++ {
			src <- i
		}
		close(src)
	}()
	sum := 0
	for v := range c {
		sum += v % 1000
	}
	println(sum)
}
