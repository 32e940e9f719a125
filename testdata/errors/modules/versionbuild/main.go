package main

func main() {
	old()
	for i := range 2 {
		println(i)
	}
}
