package main

var p *int

func main() {
	println("before")
	*p = 5
	println("after")
}
