package main

func main() {
	defer func() {
		r := recover()
		println(r.(error).Error())
		var m map[[2]int]string
		m[[2]int{1, 2}] = "x"
	}()
	panic(nil)
}
