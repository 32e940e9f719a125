package main

func main() {
	s := "héllo"
	n := len(s)
	println(s[n-1])
	println(s[n])
}
