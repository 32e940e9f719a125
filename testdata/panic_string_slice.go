package main

func main() {
	s := "hello"
	lo := 3
	println(s[lo:])
	lo = 6
	println(s[lo:])
}
