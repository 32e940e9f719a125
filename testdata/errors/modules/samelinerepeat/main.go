// gc reports one of several equal errors on a line (those in between
// with other messages let the next one through).
package main

func f(a missing, b missing, c missing) {}

func g(a missing, b int, c missing) int { return "x" + missing }

var x, y int = "a", "b"

func main() {
	var s string = 1; var t string = 1
	_, _ = s, t
}
