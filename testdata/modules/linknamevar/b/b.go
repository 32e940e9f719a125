// Package b pulls a's pushed variable through the shared symbol.
package b

import _ "unsafe"

//go:linkname shared example.com/lv/shared.value
var shared int

func Bump() { shared += 100 }
