package main

func main() {
	println("about to panic")
	panic(42)
}
