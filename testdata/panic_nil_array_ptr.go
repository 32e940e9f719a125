package main

func main() {
	var a *[4]int
	println(len(a))
	i := 2
	println(a[i])
}
