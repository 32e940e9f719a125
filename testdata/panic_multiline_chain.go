package main

func main() {
	defer func() {
		recover()
		panic(int8(-5))
	}()
	defer func() {
		panic(float32(2.5))
	}()
	panic("first\nsecond line")
}
