package main

// A panic value with a String method is printed with it.

type state int

func (s state) String() string {
	if s == 0 {
		return "idle"
	}
	return "busy"
}

func main() {
	println("about to panic")
	panic(state(1))
}
