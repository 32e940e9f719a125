package main

// Invalid range-over-func iterators: wrong yield signature, too many
// iteration variables.

func bad1(yield func(int)) {}

func good(yield func(int) bool) {}

func bad2(yield func(int, int, int) bool) {}

func main() {
	for range bad1 { // ERROR "cannot range over bad1 \(value of type func\(yield func\(int\)\)\): func must be func\(yield func\(\.\.\.\) bool\): yield func does not return bool"
	}
	for a, b := range good { // ERROR "range over good \(value of type func\(yield func\(int\) bool\)\) permits only one iteration variable"
		_, _ = a, b
	}
	for range bad2 { // ERROR "cannot range over bad2 \(value of type func\(yield func\(int, int, int\) bool\)\): func must be func\(yield func\(\.\.\.\) bool\): yield func has too many parameters"
	}
}
