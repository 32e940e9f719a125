package main

func main() {
	x := 5
	println(nil)      // ERROR "use of untyped nil in argument to built-in println"
	s := append(x, 1) // ERROR "invalid append: argument must be a slice; have x \(variable of type int\)"
	n := len(x)       // ERROR "invalid argument: x \(variable of type int\) for built-in len"
	c := cap("str")   // ERROR "invalid argument: .str. \(untyped string constant\) for built-in cap"
	m := make(int)    // ERROR "invalid argument: cannot make int: type must be slice, map, or channel"
	k := copy(x, x)   // ERROR "invalid copy: argument must be a slice; have x \(variable of type int\)"
	println(s, n, c, m, k)
}
