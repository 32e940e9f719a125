// Regression (a difftest finding, fixed): golift once leaves x unassigned when the second right-hand operand (assigned to _) panics with a division by zero; gc has already assigned x = x+1 (the deferred print shows 6, golift 5).
package main

func pr(n int) int {
	println("eval", n)
	return n
}

func main() {
	defer func() {
		recover()
	}()
	var x int
	defer func() { println("deferred x", x) }()
	x = 5
	x, _ = x+pr(1), pr(2)/pr(0)
	println(x)
}
