package main

import "fmt"

func Label[T any](x T) string { return fmt.Sprint(x) }

type P struct{}

func (P) Add[T any](x T) string { return fmt.Sprint(x) }

func main() {
	var fs []func(int) string
	fs = append(fs, Label) // ERROR "cannot use generic function Label without instantiation"
	fs = append(fs, P{}.Add) // ERROR "cannot use generic function P\{\}\.Add without instantiation"
	x := Label             // ERROR "cannot use generic function Label without instantiation"
	var a any = P{}.Add    // ERROR "cannot use generic function P\{\}\.Add without instantiation"
	_, _ = x, a
}
