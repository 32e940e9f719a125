package main

// Channel operations against the channel's direction and type.

func main() {
	var r <-chan int
	var s chan<- int
	var x int
	r <- 1        // ERROR "cannot send to receive-only channel <-chan int r \(variable of type <-chan int\)"
	x <- 1        // ERROR "cannot send to non-channel int x \(variable of type int\)"
	<-s           // ERROR "cannot receive from send-only channel chan<- int s \(variable of type chan<- int\)"
	<-x           // ERROR "cannot receive from non-channel int x \(variable of type int\)"
	close(r)      // ERROR "cannot close receive-only channel r \(variable of type <-chan int\)"
	close(x)      // ERROR "cannot close non-channel x \(variable of type int\)"
	for range s { // ERROR "cannot range over s \(variable of type chan<- int\): receive from send-only channel chan<- int"
	}
	for a, b := range make(chan int) { // ERROR "range over make\(chan int\) \(value of type chan int\) permits only one iteration variable"
		_, _ = a, b
	}
}
