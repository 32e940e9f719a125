package main

// Function types that are no iterators, and iteration variables an
// iterator does not yield.

type flag bool

func none(yield func() bool) {}

func userBool(yield func(int) flag) {}

func notFunc(n int) {}

func withResult(yield func(int) bool) int { return 0 }

func twoArgs(a, b func(int) bool) {}

func main() {
	for x := range none { // ERROR "range over none \(value of type func\(yield func\(\) bool\)\) permits no iteration variables"
		_ = x
	}
	for range userBool { // ERROR "cannot range over userBool \(value of type func\(yield func\(int\) flag\)\): func must be func\(yield func\(\.\.\.\) bool\): yield func returns user-defined boolean, not bool"
	}
	for range notFunc { // ERROR "cannot range over notFunc \(value of type func\(n int\)\): func must be func\(yield func\(\.\.\.\) bool\): argument is not func"
	}
	for range withResult { // ERROR "cannot range over withResult \(value of type func\(yield func\(int\) bool\) int\): func must be func\(yield func\(\.\.\.\) bool\): unexpected results"
	}
	for range twoArgs { // ERROR "cannot range over twoArgs \(value of type func\(a func\(int\) bool, b func\(int\) bool\)\): func must be func\(yield func\(\.\.\.\) bool\): wrong argument count"
	}
}
