package main

func main() {
	s := []byte("abcdef")
	lo, hi := 4, 2
	println(string(s[2:4]))
	println(string(s[lo:hi]))
}
