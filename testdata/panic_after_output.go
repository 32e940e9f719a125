package main

// Output printed before a panic must appear, in order, before the panic
// message.

func work(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		total += i * i
		if i%10 == 0 {
			println("progress", i, total)
		}
	}
	return total
}

func main() {
	print("partial line without newline")
	println(work(35))
	var table [5]int
	for i := 0; i <= 5; i++ {
		table[i%8] = work(i)
	}
}
