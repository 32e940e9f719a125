package main

// An unrecovered panic in a goroutine other than main runs that
// goroutine's deferred calls, then ends the program with exit status 2.

type E struct{ code int }

func (e E) Error() string { return "E" + string(rune('0'+e.code)) }

func main() {
	c := make(chan int)
	go func() {
		defer println("deferred in goroutine")
		defer func() {
			recover()
			panic(E{3})
		}()
		panic("first")
	}()
	<-c
}
