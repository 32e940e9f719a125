package main

type P struct{ x, y int }

func main() {
	a := map[string]int{"a": 1, "b": 2, "a": 3} // ERROR "duplicate key \"a\" in map literal"
	b := map[int]bool{1: true, 2: false, 1 + 0: true} // ERROR "duplicate key 1 in map literal"
	c := map[float64]int{1.5: 1, 3.0 / 2: 2} // ERROR "duplicate key 1.5 in map literal"
	d := map[P]int{{1, 2}: 1, {1, 2}: 2}
	var n int
	delete(n, 1)  // ERROR "invalid argument: n \(variable of type int\) is not a map"
	delete(a, 1)  // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to delete"
	m := map[string]P{}
	m["a"].x = 1 // ERROR "cannot assign to struct field m\[\"a\"\]\.x in map"
	_, _, _, _ = b, c, d, m
}
