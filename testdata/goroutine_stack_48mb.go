package main

// A goroutine's stack grows past 32 MiB, up to its whole reservation, not
// only to the last power of two that fits in it (80,000 frames of ~600 bytes).

func rec(n int) int {
	var a [64]int
	a[n%64] = n
	if n == 0 {
		return 0
	}
	return rec(n-1) + a[n%64]
}

func main() {
	done := make(chan int)
	for i := 0; i < 4; i++ {
		go func(i int) { done <- rec(20000 * (i + 1)) }(i)
	}
	s := 0
	for i := 0; i < 4; i++ {
		s += <-done
	}
	println(s)
}
