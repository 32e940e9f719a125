// Regression (a difftest finding, fixed): golift once evaluates the values of a map composite literal before its keys (Go: key 1, value 1, key 2, value 2, in source order).
package main

func pr(n int) int {
	println("eval", n)
	return n
}

func main() {
	m := map[int]int{pr(1): pr(2), pr(3): pr(4)}
	println(len(m))
}
