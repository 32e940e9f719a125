package main

// main's file follows the module's go 1.20: one loop variable per loop.
func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	newLoops()
	down21()
}
