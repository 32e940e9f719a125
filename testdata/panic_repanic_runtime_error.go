package main

// Recovering a runtime error and panicking again with the same value:
// gc marks the first report [recovered, repanicked].

func main() {
	defer func() {
		r := recover()
		println("saw:", r.(error).Error())
		panic(r)
	}()
	s := []int{1, 2, 3}
	i := 7
	println(s[i])
}
