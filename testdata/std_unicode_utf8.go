// Compiled from GOROOT: the standard library package(s) imported here,
// checked against what Go prints.
package main

import (
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	println(utf8.RuneCountInString(s), utf8.ValidString(s), utf8.RuneLen('世'))
	r, size := utf8.DecodeRuneInString(s[1:])
	println(r, size)
	b := utf8.AppendRune(nil, 'é')
	println(len(b), b[0], b[1])
	println(utf8.FullRune([]byte{0xe4, 0xb8}), utf8.ValidRune(0xD800))
	r, size = utf8.DecodeLastRuneInString(s)
	println(r, size)
}
