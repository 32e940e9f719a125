// Go's bug, not golift's: gc 1.27.3 (amd64, optimised) prints false, false; the spec (and gc -gcflags=-N, and golift) say true, true. A 64-bit operand of a comparison with a zero-extended narrow value is kept across println's runtime.printlock call in a spill slot of the narrow type (MOVB/MOVL), losing its high bits (found by difftest seeds 5042 and 5656 of the 10,000 campaign; compare golang/go#80577, spills restored by unreliable type data).
package main

var x uint8 = 8
var y uintptr = 1 << 47

var u uint32 = 1 << 27
var n int = 1 << 32

func main() {
	println((x-x == x+x) != (uintptr(x) < y))
	println(int(u<<20) != n)
}
