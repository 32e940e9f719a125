package main

func main() {
	s := make([]int, 3, 5)
	hi := 5
	t := s[:hi]
	println(len(t))
	hi = 6
	t = s[:hi]
	println(len(t))
}
