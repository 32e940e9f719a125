package main

type Temp float32

func main() {
	defer func() {
		recover()
		defer func() {
			panic(Temp(1.5))
		}()
		panic(-0.0001234)
	}()
	panic(complex(1, -2))
}
