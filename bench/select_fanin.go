package main

// Select fan-in: four producers, one consumer selecting over their channels.

func producer(c chan<- int, n int) {
	for i := 0; i < n; i++ {
		c <- i
	}
	close(c)
}

func main() {
	const n = 500000
	cs := [4]chan int{}
	for i := range cs {
		cs[i] = make(chan int, 16)
		go producer(cs[i], n)
	}
	a, b, c, d := cs[0], cs[1], cs[2], cs[3]
	sum, open := 0, 4
	for open > 0 {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				open--
			}
			sum += v
		case v, ok := <-b:
			if !ok {
				b = nil
				open--
			}
			sum += v
		case v, ok := <-c:
			if !ok {
				c = nil
				open--
			}
			sum += v
		case v, ok := <-d:
			if !ok {
				d = nil
				open--
			}
			sum += v
		}
	}
	println(sum)
}
