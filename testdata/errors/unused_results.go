package main

func main() {
	var s []int
	s = append(s)
	append(s, 1) // ERROR "append\(s, 1\) \(value of type \[\]int\) is not used"
	len(s)       // ERROR "len\(s\) \(value of type int\) is not used"
	x := 5
	x // ERROR "x \(variable of type int\) is not used"
	_ = s
}
