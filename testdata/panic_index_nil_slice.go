package main

func main() {
	var s []string
	println(len(s))
	s[0] = "x"
}
