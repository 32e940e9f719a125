package main

// A terabyte slice: Go reserves the address space, the kernel refuses to
// commit it, and the program dies with Go's out-of-memory error instead of
// receiving memory that faults when touched.

func main() {
	small := make([]byte, 1<<20)
	small[len(small)-1] = 1
	println("small", len(small), small[len(small)-1])
	b := make([]byte, 1<<40)
	println(len(b))
}
