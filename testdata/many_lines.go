package main

// Lots of output: order and content must be preserved exactly.

func main() {
	x := uint32(1)
	for i := 0; i < 3000; i++ {
		x = x*1664525 + 1013904223
		if i%3 == 0 {
			println(i, x, int32(x), x%1000 == 7)
		} else {
			print(i, ":", x>>16, "\n")
		}
	}
}
