package main

func main() {
	var arr [8]int
	j, k := 5, 4
	s := arr[1:j:k]
	println(len(s))
}
