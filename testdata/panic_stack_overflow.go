package main

func down(n int) int {
	var buf [8]int
	buf[n&7] = n
	return down(n+1) + buf[0]
}

func main() {
	println("recursing")
	println(down(0))
}
