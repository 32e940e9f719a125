package main

// Switch with init statement and no tag, with init and tag, fallthrough,
// lists of expressions per case, and duplicate-free non-constant cases.

func grade(score int) string {
	switch s := score / 10; {
	case s >= 9:
		return "A"
	case s >= 8:
		return "B"
	case s >= 7:
		return "C"
	default:
		return "F"
	}
}

func kind(c byte) string {
	switch x := c | 0x20; x {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ':
		return "space"
	}
	return "other"
}

func fall(n int) string {
	s := ""
	switch n {
	case 0:
		s += "0"
		fallthrough
	case 1:
		s += "1"
		fallthrough
	case 2:
		s += "2"
	case 3:
		s += "3"
		fallthrough
	default:
		s += "d"
	}
	return s
}

func main() {
	println(grade(95), grade(81), grade(70), grade(12))
	println(kind('A'), kind('x'), kind(' '), kind('U'))
	println(fall(0), fall(1), fall(2), fall(3), fall(9))
	x, y := 3, 5
	switch {
	case x > y:
		println("x")
	case x < y:
		println("y")
	}
	switch f := func() int { return 7 }; f() {
	case x + 4:
		println("seven")
	}
	switch {
	}
	calls := 0
	get := func(v int) int { calls++; return v }
	switch 3 {
	case get(1), get(2), get(3), get(4):
		println("matched after", calls)
	}
}
