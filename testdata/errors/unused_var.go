package main

func main() {
	x := 1       // ERROR "declared and not used: x"
	var y string // ERROR "declared and not used: y"
	a, b := 1, 2 // ERROR "declared and not used: a"
	println(b)
	for i := 0; i < 3; i++ {
		v := i // ERROR "declared and not used: v"
	}
	{
		w := 5 // ERROR "declared and not used: w"
		w = 6
	}
}
