package main

// Type switch with an init statement, fallthrough-free case order (first
// matching case wins), and a binding unused in some cases.

type A struct{ n int }
type B struct{ s string }

func (a A) get() int { return a.n }

type getter interface{ get() int }

func pick(i int) any {
	if i%3 == 0 {
		return A{i}
	}
	if i%3 == 1 {
		return B{"b"}
	}
	return i
}

func main() {
	total := 0
	for i := 0; i < 9; i++ {
		switch v := pick(i); x := v.(type) {
		case getter:
			total += x.get()
		case A:
			println("unreachable: getter matches first")
		case B:
			total += len(x.s) * 1000
		default:
			total += 100000
		}
	}
	println(total)
	switch x := any(nil).(type) {
	case int:
		println("int", x)
	default:
		println("default with nil", x == nil)
	}
}
