// Regression (a difftest finding, fixed): golift once evaluates the arguments of a method call before the calls inside its receiver expression (a struct literal); Go evaluates the receiver first (prints recv, then arg).
package main

type P struct{ k, v int }

func (p P) Sum(k int) int { return p.k + k }

func f(s string) int {
	println(s)
	return len(s)
}

func main() {
	println(P{f("recv"), 2}.Sum(f("arg")))
}
