package main

func one() int {
	return "s" // ERROR "cannot use .s. \(untyped string constant\) as int value in return statement"
}

func two() (int, string) {
	return 1 // ERROR "not enough return values"
}

func none() {
	return 5 // ERROR "too many return values"
}

func three() (int, int, int) {
	return 1, 2, 3, 4 // ERROR "too many return values"
}

func named() (x int) {
	x = 1
	return
}

func main() {
	one()
	two()
	none()
	three()
	named()
}
