package main

func name(n int) string {
	switch n {
	case 0:
		return "zero"
	case 1, 2, 3:
		return "small"
	case 4:
	case 5:
		return "five"
	default:
		return "big"
	}
	return "four"
}

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	}
	return "F"
}

func fall(n int) {
	switch n {
	case 0:
		print("zero ")
		fallthrough
	case 1:
		print("one ")
		fallthrough
	case 2:
		print("two ")
	case 3:
		print("three ")
		fallthrough
	default:
		print("default ")
	}
	println()
}

var trace int

func val(n int) int {
	trace = trace*10 + n
	return n
}

func main() {
	for i := 0; i < 7; i++ {
		print(name(i), " ")
	}
	println()
	println(grade(95), grade(85), grade(75), grade(10))
	for i := 0; i < 5; i++ {
		fall(i)
	}
	switch x := 5; x * 2 {
	case val(1), val(10):
		println("ten", trace)
	case val(2):
		println("two")
	}
	trace = 0
	switch val(3) {
	case val(1), val(2):
		println("no")
	case val(3), val(4):
		println("yes", trace)
	}
	switch s := "go"; s {
	case "rust":
		println("r")
	case "go":
		println("g")
	}
	switch {
	default:
		println("only default")
	}
	switch f := 2.5; {
	case f > 2:
		println("f>2")
	}
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			continue
		}
		println("loop", i)
	}
	var b byte = 'x'
	switch b {
	case 'a', 'e', 'i', 'o', 'u':
		println("vowel")
	default:
		println("consonant", b)
	}
	switch {
	case false:
	case true:
		println("empty first case ok")
	}
}
