package main

// The function value and the arguments of a go statement are evaluated
// where the statement runs; the new goroutine sees those values even when
// the variables change afterwards.

type counter struct{ n int }

func (c counter) report(out chan<- string, tag string) {
	out <- tag
	out <- itoa(c.n)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}

func sum(out chan<- int, xs ...int) {
	t := 0
	for _, x := range xs {
		t += x
	}
	out <- t
}

func main() {
	strs := make(chan string)
	x := 1
	f := func(v int) { strs <- "f saw " + itoa(v) }
	go f(x)
	x = 2
	f = nil
	println(<-strs, x)

	c := counter{n: 7}
	go c.report(strs, "value receiver")
	c.n = 8
	println(<-strs, <-strs)

	ints := make(chan int)
	go sum(ints, 1, 2, 3, 4)
	xs := []int{10, 20}
	go sum(ints, xs...)
	a, b := <-ints, <-ints
	println(a+b, a*b)

	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			ints <- i * i
			done <- true
		}()
		println("got", <-ints)
		<-done
	}
}
