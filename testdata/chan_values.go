package main

// Receives are evaluated left to right like calls; channels of structs;
// channels in interfaces; comparing directional and bidirectional channels.

func main() {
	ic := make(chan int)
	go func() {
		for i := 1; i <= 2; i++ {
			ic <- i * 10
		}
	}()
	x := <-ic - <-ic
	println(x)
	sc := make(chan struct{ a, b int }, 1)
	sc <- struct{ a, b int }{1, 2}
	v := <-sc
	println(v.a, v.b)
	c := make(chan int)
	go func() { c <- 1 }()
	<-c
	var e interface{} = c
	if cc, ok := e.(chan int); ok {
		println(cc == c, cap(cc))
	}
	var ro <-chan int = c
	println(ro == c)
}
