// Initialization cycles as gc's type checker finds them: a constant cycle
// is reported where it is resolved and again by the initialization order
// from the member it takes first; cycles through functions and methods.
package main

const (
	one   = 1
	left  = mid + right
	mid   = one + right
	right = back + two
	back  = left + 2
	two   = 4
)

const self = len([self]int{})

var start = step()

func step() int { return end }

var end = T{}.get()

type T struct{}

func (T) get() int { return start }

var p, q = both()

func both() (int, int) { return q, 1 }

func main() {}
