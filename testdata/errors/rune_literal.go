package main

func main() {
	x := 1
	r := 'ab' // ERROR "more than one character in rune literal" "declared and not used: r"
	println(x)
}
