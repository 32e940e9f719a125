package main

// Deep recursion in a goroutine grows its stack on demand.

func depth(n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		return pad[0]
	}
	return depth(n-1) + 1 + pad[n%16] - n
}

func main() {
	c := make(chan int)
	for i := 0; i < 4; i++ {
		go func() { c <- depth(100000) }()
	}
	for i := 0; i < 4; i++ {
		println(<-c)
	}
}
