package main

// Many closures allocated in a loop, each capturing its own state, kept
// alive in a slice while garbage is produced.

func main() {
	var fs []func() int
	for i := 0; i < 10000; i++ {
		x := i
		buf := make([]int, 8)
		buf[7] = x
		fs = append(fs, func() int { return buf[7] + x })
	}
	junk := 0
	for i := 0; i < 100000; i++ {
		b := make([]byte, 64)
		junk += len(b)
	}
	sum := 0
	for _, f := range fs {
		sum += f()
	}
	println(sum, junk)
}
