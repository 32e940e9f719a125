package main

// The forms of the go statement: interface and pointer methods, method
// values and expressions, discarded results, function literals with
// arguments, and channels reached through calls, arrays and maps.

type I interface{ M(c chan string) }
type T struct{ s string }

func (t T) M(c chan string)  { c <- t.s }
func (t *T) P(c chan string) { c <- "ptr " + t.s }

func two(c chan int) (int, string) { c <- 7; return 1, "x" }

func main() {
	c := make(chan string)
	var i I = T{"iface"}
	go i.M(c)
	println(<-c)
	t := &T{"p"}
	go t.P(c)
	println(<-c)
	f := t.P
	go f(c)
	println(<-c)
	ic := make(chan int)
	go two(ic)
	println(<-ic)
	done := make(chan bool)
	go func(d chan<- bool) { d <- true }(done)
	println(<-done)
	go T.M(T{"method expr"}, c)
	println(<-c)
	gen := func() chan string { return c }
	go func() { gen() <- "from func call" }()
	println(<-gen())
	var arr [3]chan int
	for k := range arr {
		arr[k] = make(chan int, 1)
		arr[k] <- k
	}
	s := 0
	for _, ch := range arr {
		s += <-ch
	}
	println(s)
	m := map[string]chan int{"a": make(chan int, 1)}
	m["a"] <- 5
	println(<-m["a"])
}
