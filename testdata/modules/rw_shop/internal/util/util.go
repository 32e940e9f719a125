package util

import "strings"

var Calls int

func init() { Calls = 100 }

func Slug(s string) string {
	Calls++
	return strings.ToLower(strings.ReplaceAll(strings.TrimSpace(s), " ", "-"))
}

type Number interface{ ~int | ~int64 | ~float64 }

func Sum[T Number](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}
