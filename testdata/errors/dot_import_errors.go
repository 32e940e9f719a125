package main

// A dot import that is never used, and a package-level name that a dot
// import already brings into a file.

import (
	. "sort" // ERROR "\"sort\" imported and not used"
	. "strconv"
)

func Itoa(i int) string { return "" } // ERROR "Itoa already declared through dot-import of package strconv \(\"strconv\"\)"

func main() {
	println(Quote("x"))
}
