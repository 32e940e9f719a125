// Compiled from GOROOT: the standard library package(s) imported here,
// checked against what Go prints.
package main

import (
	"unicode"
	"unicode/utf16"
)

func main() {
	for _, r := range "aZ9 é世!ǅ" {
		println(r, unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsDigit(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
	println(unicode.Is(unicode.Han, '世'), unicode.In('é', unicode.Latin, unicode.Greek), unicode.SimpleFold('A'), unicode.IsPrint('\t'))
	u := utf16.Encode([]rune("a😀"))
	println(len(u), u[0], u[1], u[2])
	rs := utf16.Decode(u)
	println(len(rs), rs[1])
	r1, r2 := utf16.EncodeRune('😀')
	println(r1, r2, utf16.IsSurrogate(r1), utf16.RuneLen('😀'))
}
