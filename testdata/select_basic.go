package main

// select: receive with and without assignment, comma-ok, send cases,
// default, nil channels never ready, break out of a select, and a
// fan-in loop whose result does not depend on the interleaving.

func producer(c chan<- int, from, n int) {
	for i := from; i < from+n; i++ {
		c <- i
	}
	close(c)
}

func main() {
	a := make(chan int)
	b := make(chan int)
	go producer(a, 0, 50)
	go producer(b, 100, 50)
	sum, na, nb := 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				break
			}
			sum += v
			na++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
			nb++
		}
	}
	println("fan-in", sum, na, nb)

	c := make(chan int, 1)
	select {
	case c <- 1:
		println("sent 1")
	default:
		println("default")
	}
	select {
	case c <- 2:
		println("sent 2")
	default:
		println("full")
	}
	var nilc chan int
	select {
	case v := <-nilc:
		println("nil", v)
	case nilc <- 3:
		println("nil send")
	case v := <-c:
		println("got", v)
	}
	select {
	default:
		println("only default")
	}

	out := make(chan string)
	done := make(chan bool)
	go func() {
		for s := range out {
			println("recv", s)
		}
		done <- true
	}()
	words := []string{"x", "y", "z"}
	for i := 0; i < len(words); {
		select {
		case out <- words[i]:
			i++
		}
	}
	close(out)
	<-done

	var x int
	closed := make(chan int)
	close(closed)
	select {
	case x = <-closed:
		println("closed gives zero", x)
	}
	var ok bool
	select {
	case x, ok = <-closed:
		println("closed ok", x, ok)
	}

loop:
	for i := 0; ; i++ {
		select {
		case <-closed:
			if i == 2 {
				break loop
			}
		}
	}
	println("end")
}
