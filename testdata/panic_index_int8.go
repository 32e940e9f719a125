package main

func main() {
	var arr [3]string
	var i int8 = 127
	i++
	println(i)
	println(arr[i])
}
