// Package-level names that clash with a file's imports: the import still
// wins inside the file's functions, and is unused unless selected from.
package main

import (
	"strings"
	str "strconv"
	"strings"
)

var strings = 1

type str int

func main() {
	strings = 2
	var s str
	_ = s
}
