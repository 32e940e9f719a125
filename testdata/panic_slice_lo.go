package main

func main() {
	s := make([]byte, 3, 8)
	lo := 3
	println(len(s[lo:]))
	lo = 4
	println(len(s[lo:]))
}
