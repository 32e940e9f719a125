package main

// Constant map keys are compared in their key type's representation:
// 0.1 and 0.1000000001 are the same float32.
var m = map[float32]int{0.1: 1, 0.1000000001: 2} // ERROR "duplicate key 0.1 in map literal"
var n = map[string]int{"a": 1, "b": 2, "a": 3}   // ERROR "duplicate key \"a\" in map literal"
var c = map[complex64]int{1i: 1, 1.00000000001i: 2} // ERROR "duplicate key \(0 \+ 1i\) in map literal"
var ok = map[float64]int{0.1: 1, 0.1000000001: 2}
var i = map[any]int{1: 1, int8(1): 2, "x": 3, 2: 4, 1: 5} // ERROR "duplicate key 1 in map literal"

func main() { println(len(m), len(n), len(c), len(ok), len(i)) }
