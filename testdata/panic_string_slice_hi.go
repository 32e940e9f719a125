package main

func main() {
	s := "hello"
	hi := 5
	println(s[:hi])
	hi++
	println(s[:hi])
}
