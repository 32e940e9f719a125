package main

func main() {
	msg := "built"
	msg += " at run time"
	panic(msg)
}
